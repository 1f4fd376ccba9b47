package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.format.synthetic.SyntheticOptions;
import dev.phreplay.format.synthetic.SyntheticRecording;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows large enough to be inflated on a second thread while they are parsed. */
class LargeWindowValidationTest {
    @TempDir
    static Path dir;
    static Path big;

    @BeforeAll
    static void generate() throws Exception {
        big = dir.resolve("big.phreplay");
        SyntheticRecording.write(new SyntheticOptions(4, 40_000, 0, 11, 0), big, line -> { });
    }

    @Test
    void theWindowIsLargeEnoughAndValid() throws Exception {
        ValidationReport report = PackageValidator.validate(big);
        long size = report.manifest().orElseThrow().entries().getFirst().size();
        assertTrue(size > 2 * PackageValidator.PARALLEL_FROM_BYTES, "window of " + size + " bytes");
        assertTrue(report.valid(), report.findings()::toString);
        assertEquals(report.manifest().get().recording().eventCount(), report.stats().eventCount());
    }

    @Test
    void aMalformedLineDeepInsideIsFoundAndTheChecksumStillCovered() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(big);
        String window = new String(entries.get("windows/0.jsonl"), StandardCharsets.UTF_8);
        int line = 20_000;
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = window.indexOf('\n', at) + 1;
        }
        byte[] bytes = (window.substring(0, at) + "{" + window.substring(at + 1 + window.substring(at).indexOf(':')))
                .getBytes(StandardCharsets.UTF_8);
        entries.put("windows/0.jsonl", bytes);
        ValidationReport report = PackageValidator.validate(TestPackages.zip(dir.resolve("bad.phreplay"), entries));
        Finding malformed = report.findings().stream().filter(f -> f.code().equals(FindingCode.EVENTS_MALFORMED_LINE)).findFirst().orElseThrow();
        assertEquals("line " + line, malformed.location());
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals(FindingCode.ENTRY_SIZE_MISMATCH)
                && f.entry().equals("windows/0.jsonl")), report.findings()::toString);
    }

    @Test
    void aLimitPassedOnTheReadingThreadStopsTheEntry() throws Exception {
        ValidationReport report = new PackageValidator(Limits.defaults().withMaxTotalBytes(5 * Limits.MIB)).check(big);
        Finding finding = report.findings().stream().filter(f -> f.code().equals(FindingCode.PACKAGE_TOO_LARGE)).findFirst().orElseThrow();
        assertEquals("windows/0.jsonl", finding.entry());
        assertFalse(report.valid());
    }
}
