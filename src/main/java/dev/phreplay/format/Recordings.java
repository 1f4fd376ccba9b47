package dev.phreplay.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens any recording: a {@code .phreplay} package, or any file PostHog gives a user (detected
 * from its content, see {@link PosthogImporter}), or several files of one recording together.
 */
public final class Recordings {
    private Recordings() {}

    public static OpenedRecording open(Path input) throws IOException, RecordingException {
        return open(input, Limits.defaults());
    }

    public static OpenedRecording open(Path input, Limits limits) throws IOException, RecordingException {
        requireFile(input);
        if (InputShape.of(input).kind() == InputShape.Kind.ZIP) {
            return PackageRecording.open(input, limits);
        }
        return importAll(List.of(input), limits);
    }

    /** Imports one or more non-package inputs of one recording, merged by window and cleaned up. */
    public static ImportedRecording importAll(List<Path> inputs, Limits limits) throws IOException, RecordingException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        ImportCollector collector = new ImportCollector();
        try {
            for (Path input : inputs) {
                requireFile(input);
                InputShape shape = InputShape.of(input);
                if (shape.kind() == InputShape.Kind.ZIP) {
                    throw new RecordingException(input + ": a .phreplay package cannot be merged with other inputs; "
                            + "open it alone");
                }
                new PosthogImporter(input, collector, limits.maxLineBytes()).read(shape);
            }
            if (collector.isEmpty()) {
                throw new RecordingException(inputs.size() == 1 ? inputs.getFirst() + ": no events found (recording metadata only?)"
                        : "no events found in " + inputs);
            }
            return collector.finish(inputs.getFirst(), baseName(inputs.getFirst()));
        } catch (IOException | RecordingException | RuntimeException e) {
            collector.discard();
            throw e;
        }
    }

    private static void requireFile(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString());
        }
        if (!Files.isRegularFile(input)) {
            throw new IOException(input + " is not a file");
        }
    }

    private static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
