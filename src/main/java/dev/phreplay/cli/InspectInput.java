package dev.phreplay.cli;

import dev.phreplay.event.RecordingEvents;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a recording for the inspect commands and runs the inspectors over it. */
final class InspectInput {
    private InspectInput() {}

    static Inspection inspect(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (RecordingEvents recording = InterimReader.open(file)) {
            return Inspector.inspect(recording);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
