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

    /** Inspects {@code file}; a warning on {@code err} says how many events could not be read. */
    static Inspection inspect(Path file, java.io.PrintWriter err) throws IOException {
        Inspection inspection = inspect(file);
        if (inspection.skippedEvents() > 0) {
            err.println("phreplay: warning: " + file + ": " + inspection.skippedEvents()
                    + " events could not be decoded and were left out");
        }
        return inspection;
    }

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
