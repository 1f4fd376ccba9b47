package dev.phreplay.cli;

import dev.phreplay.format.Limits;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** Opens a recording (a package or any PostHog/rrweb input) for the inspect commands and runs the inspectors. */
final class InspectInput {
    private InspectInput() {}

    /** Inspects {@code file}; a warning on {@code err} says how many events could not be decoded. */
    static Inspection inspect(Path file, Limits limits, Set<Inspector.Part> parts, PrintWriter err) throws IOException {
        // A damaged package is refused (exit 1), as the player and validate do, rather than inspected in part.
        RecordingInputs.requireValidPackage(file, limits);
        Inspection inspection;
        try (OpenedRecording recording = RecordingInputs.open(file, limits)) {
            inspection = Inspector.inspect(recording, parts);
        } catch (UncheckedIOException e) {
            // The events could not be read on (a damaged entry or line): invalid input, not an I/O error.
            throw new InvalidInputException(e.getCause().getMessage(), e.getCause());
        }
        if (inspection.skippedEvents() > 0) {
            err.println("phreplay: warning: " + file + ": " + inspection.skippedEvents()
                    + " events could not be decoded and were left out");
        }
        return inspection;
    }
}
