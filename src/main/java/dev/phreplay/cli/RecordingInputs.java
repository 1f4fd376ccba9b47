package dev.phreplay.cli;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.Finding;
import dev.phreplay.format.Limits;
import dev.phreplay.format.PackageValidator;
import dev.phreplay.format.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a command's FILE: a package or any importable input; bad input becomes exit 1. */
final class RecordingInputs {
    private RecordingInputs() {}

    /** When {@code file} is a package (it starts with {@code PK}), validates it; an invalid one is exit 1. */
    static void requireValidPackage(Path file, Limits limits) throws IOException {
        byte[] magic;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            magic = in.readNBytes(2);
        }
        if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
            return;
        }
        ValidationReport report = new PackageValidator(limits).check(file);
        report.findings().stream().filter(Finding::isError).findFirst().ifPresent(error -> {
            throw new InvalidInputException(file + " is not a valid package (" + report.errorCount() + " error(s); "
                    + "'phreplay validate' lists them): " + error.describe());
        });
    }

    static OpenedRecording open(Path file, Limits limits) throws IOException {
        try {
            return Recordings.open(file, limits);
        } catch (RecordingException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
