package dev.phreplay.cli;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.Limits;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a command's FILE: a package or any importable input; bad input becomes exit 1. */
final class RecordingInputs {
    private RecordingInputs() {}

    static OpenedRecording open(Path file, Limits limits) throws IOException {
        try {
            return Recordings.open(file, limits);
        } catch (RecordingException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
