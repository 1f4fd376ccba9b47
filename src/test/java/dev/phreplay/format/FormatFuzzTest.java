package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile bytes never escape as anything but a finding or a typed error. In a normal build these
 * run on their seeds (src/test/resources/.../FormatFuzzTestInputs); fuzz with
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=FormatFuzzTest}.
 */
class FormatFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void validatorReportsEveryPackageWithoutThrowing(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".phreplay");
        try {
            Files.write(file, bytes);
            Limits small = Limits.defaults().withMaxEntryBytes(8 * Limits.MIB).withMaxTotalBytes(16 * Limits.MIB);
            ValidationReport report = new PackageValidator(small).check(file);
            assertNotNull(report.findings());
            if (!report.valid()) {
                assertTrue(report.findings().stream().allMatch(f -> f.code() != null && f.message() != null));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void importerFailsOnlyWithRecordingException(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".jsonl");
        try {
            Files.write(file, bytes);
            try (OpenedRecording recording = Recordings.open(file)) {
                RecordingSummary.of(recording);
            } catch (RecordingException expected) {
                assertNotNull(expected.getMessage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
