package dev.phreplay.format;

import dev.phreplay.event.RawEvent;
import dev.phreplay.format.EventProbe.MalformedEventException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates any input: a package with {@link PackageValidator}; anything else by importing it and
 * checking its windows as a package's would be checked (entry = {@code window <id>}).
 */
public final class Validation {
    private Validation() {}

    /** @throws IOException only when the file cannot be read at all */
    public static ValidationReport check(Path file, Limits limits) throws IOException {
        // A .phreplay that is not a ZIP is a damaged package, not an unknown import.
        if (file.getFileName().toString().endsWith(".phreplay")) {
            return new PackageValidator(limits).check(file);
        }
        InputShape shape;
        try {
            shape = InputShape.of(file);
        } catch (RecordingException e) {
            return failed(file, e);
        }
        if (shape.kind() == InputShape.Kind.ZIP) {
            return new PackageValidator(limits).check(file);
        }
        ImportedRecording recording;
        try {
            recording = Recordings.importAll(List.of(file), limits);
        } catch (RecordingException e) {
            return failed(file, e);
        }
        try (recording) {
            List<Finding> findings = new ArrayList<>(recording.warnings());
            EventStats total = new EventStats();
            for (String window : recording.windowIds()) {
                WindowChecker checker = new WindowChecker("window " + window, findings, "event ");
                try (dev.phreplay.event.EventCursor events = recording.events(window)) {
                    while (events.hasNext()) {
                        RawEvent event = events.next();
                        try {
                            checker.event(event.index(), EventProbe.probe(event.json()));
                        } catch (MalformedEventException e) {
                            findings.add(Finding.error(FindingCode.EVENTS_MALFORMED_LINE, "window " + window, "event " + event.index(),
                                    e.getMessage()));
                        }
                    }
                }
                checker.finish();
                total.addAll(checker.stats());
            }
            return new ValidationReport(file, List.copyOf(findings), Optional.empty(), total);
        }
    }

    private static ValidationReport failed(Path file, RecordingException e) {
        return new ValidationReport(file, List.of(Finding.error(FindingCode.IMPORT_FAILED, null, null, e.getMessage())),
                Optional.empty(), new EventStats());
    }
}
