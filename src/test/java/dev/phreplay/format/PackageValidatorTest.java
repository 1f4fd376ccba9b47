package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageValidatorTest {
    static final String FULL = "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"childNodes\":[],\"id\":1},\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":%d}";
    static final String META = "{\"type\":4,\"data\":{\"href\":\"https://a.test/\",\"width\":800,\"height\":600},\"timestamp\":%d}";
    static final String MOVE = "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":1,\"y\":2,\"id\":1,\"timeOffset\":0}]},\"timestamp\":%d}";

    @TempDir
    Path dir;
    Path good;

    @BeforeEach
    void setUp() throws Exception {
        good = TestPackages.good(dir);
    }

    private static ValidationReport check(Path file) throws Exception {
        return PackageValidator.validate(file);
    }

    private static Finding only(ValidationReport report, String code) {
        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> "one " + code + " finding expected in " + report.findings());
        return found.getFirst();
    }

    @Test
    void aPackedRecordingIsValidWithNoFindings() throws Exception {
        ValidationReport report = check(good);
        assertTrue(report.valid(), report.findings()::toString);
        assertEquals(List.of(), report.findings());
        assertEquals(49, report.stats().eventCount());
        assertEquals(2, report.manifest().orElseThrow().recording().windows().size());
    }

    /** Found by fuzzing: a zstd entry made commons-compress look for a codec the JVM lacks, outside the reader's error handling. */
    @Test
    void anEntryCompressedWithAnotherMethodIsRefusedByTheValidatorAndTheReader() throws Exception {
        Path stored = dir.resolve("stored.phreplay");
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        try (OutputStream file = Files.newOutputStream(stored); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(entry.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(entry.getValue());
                zipEntry.setCrc(crc.getValue());
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeArchiveEntry();
            }
        }
        assertTrue(check(stored).valid(), "stored entries are fine");
        byte[] bytes = Files.readAllBytes(stored);
        byte[] name = "windows/0.jsonl".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int local = header(bytes, new byte[] {'P', 'K', 3, 4}, 30, name);
        int central = header(bytes, new byte[] {'P', 'K', 1, 2}, 46, name);
        bytes[local + 8] = 93; // the method field of the local header: zstd
        bytes[central + 10] = 93; // and of the central directory
        Path zstd = Files.write(dir.resolve("zstd.phreplay"), bytes);
        Finding finding = only(check(zstd), FindingCode.ENTRY_COMPRESSION_UNSUPPORTED);
        assertEquals("windows/0.jsonl", finding.entry());
        RecordingException refused = assertThrows(RecordingException.class, () -> Recordings.open(zstd).close());
        assertTrue(refused.getMessage().contains("windows/0.jsonl") && refused.getMessage().contains("method 93"), refused.getMessage());
    }

    /** Where the ZIP header with this signature for the entry {@code name} starts (the name follows at {@code nameAt}). */
    private static int header(byte[] bytes, byte[] signature, int nameAt, byte[] name) {
        for (int i = 0; i + nameAt + name.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, signature, 0, 4)
                    && Arrays.equals(bytes, i + nameAt, i + nameAt + name.length, name, 0, name.length)) {
                return i;
            }
        }
        throw new AssertionError("no header for " + new String(name, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aChangedEntryIsAChecksumMismatchNamingTheEntry() throws Exception {
        Path bad = TestPackages.flipByte(good, dir.resolve("bad.phreplay"), "metadata.json");
        ValidationReport report = check(bad);
        assertFalse(report.valid());
        Finding finding = only(report, FindingCode.ENTRY_CHECKSUM_MISMATCH);
        assertEquals("metadata.json", finding.entry());
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void anEntryOfAnotherSizeIsASizeMismatch() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        entries.put("metadata.json", (new String(entries.get("metadata.json"), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
        ValidationReport report = check(TestPackages.zip(dir.resolve("bad.phreplay"), entries));
        assertEquals("metadata.json", only(report, FindingCode.ENTRY_SIZE_MISMATCH).entry());
    }

    @Test
    void aTruncatedPackageIsNotAZip() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.phreplay"), Arrays.copyOf(bytes, bytes.length / 2));
        ValidationReport report = check(truncated);
        Finding finding = only(report, FindingCode.ZIP_INVALID);
        assertNull(finding.entry());
        assertEquals(1, report.findings().size());
    }

    @Test
    void aTextFileIsNotAZip() throws Exception {
        Path text = Files.writeString(dir.resolve("text.phreplay"), "hello");
        only(check(text), FindingCode.ZIP_INVALID);
    }

    @Test
    void aMissingManifestIsReported() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        entries.remove(Manifest.PATH);
        Finding finding = only(check(TestPackages.zip(dir.resolve("bad.phreplay"), entries)), FindingCode.MANIFEST_MISSING);
        assertEquals(Manifest.PATH, finding.entry());
    }

    @Test
    void aMalformedManifestGivesItsLine() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] manifest = "{\n\"formatVersion\": \"1.0\",\n oops }".getBytes(StandardCharsets.UTF_8);
        entries.put(Manifest.PATH, manifest);
        entries.put(ManifestChecksum.PATH, ManifestChecksum.of(manifest));
        Finding finding = only(check(TestPackages.zip(dir.resolve("bad.phreplay"), entries)), FindingCode.MANIFEST_MALFORMED);
        assertEquals(Manifest.PATH, finding.entry());
        assertEquals("line 3", finding.location());
    }

    @Test
    void aMissingManifestFieldIsASchemaErrorWithItsPath() throws Exception {
        Path bad = TestPackages.editManifest(good, dir.resolve("bad.phreplay"), m -> ((ObjectNode) m.get("recording")).remove("id"));
        Finding finding = only(check(bad), FindingCode.MANIFEST_SCHEMA);
        assertEquals("$.recording.id", finding.location());
        assertTrue(finding.message().contains("missing"), finding.message());
    }

    @Test
    void aManifestFieldOfTheWrongTypeIsASchemaErrorWithItsPath() throws Exception {
        Path bad = TestPackages.editManifest(good, dir.resolve("bad.phreplay"),
                m -> ((ObjectNode) m.get("entries").get(1)).put("size", "big"));
        Finding finding = only(check(bad), FindingCode.MANIFEST_SCHEMA);
        assertEquals("$.entries[1].size", finding.location());
        assertTrue(finding.message().contains("must be an integer, found a string"), finding.message());
    }

    @Test
    void anotherMajorVersionIsRefusedNamingBothVersions() throws Exception {
        Path bad = TestPackages.editManifest(good, dir.resolve("bad.phreplay"), m -> m.put("formatVersion", "2.0"));
        ValidationReport report = check(bad);
        Finding finding = only(report, FindingCode.MANIFEST_VERSION_UNSUPPORTED);
        assertTrue(finding.message().contains("2.0") && finding.message().contains("1.0"), finding.message());
        assertFalse(report.valid());
    }

    @Test
    void aNewerMinorVersionIsReadWithAWarningAndUnknownFieldsIgnored() throws Exception {
        Path newer = TestPackages.editManifest(good, dir.resolve("newer.phreplay"), m -> {
            m.put("formatVersion", "1.7");
            m.put("somethingNew", true);
            ((ObjectNode) m.get("recording")).putObject("moreStats").put("x", 1);
        });
        ValidationReport report = check(newer);
        assertTrue(report.valid(), report.findings()::toString);
        assertEquals(Severity.WARNING, only(report, FindingCode.MANIFEST_VERSION_NEWER).severity());
        assertEquals(1, report.findings().size());
    }

    @Test
    void anUnknownListedEntryIsAWarning() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] extra = "hello".getBytes(StandardCharsets.UTF_8);
        entries.put("extras/notes.txt", extra);
        LinkedHashMap<String, byte[]> withManifest = rewriteManifest(entries, m -> m.withArray("entries").addObject()
                .put("path", "extras/notes.txt").put("size", 5)
                .put("sha256", HexFormat.of().formatHex(PackageWriter.sha256().digest(extra))));
        ValidationReport report = check(TestPackages.zip(dir.resolve("extra.phreplay"), withManifest));
        assertTrue(report.valid(), report.findings()::toString);
        Finding finding = only(report, FindingCode.ENTRY_UNKNOWN);
        assertEquals("extras/notes.txt", finding.entry());
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void anEntryNotInTheManifestIsAnError() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        entries.put("assets/sneaky.js", "alert(1)".getBytes(StandardCharsets.UTF_8));
        Finding finding = only(check(TestPackages.zip(dir.resolve("bad.phreplay"), entries)), FindingCode.ENTRY_UNLISTED);
        assertEquals("assets/sneaky.js", finding.entry());
    }

    @Test
    void anEntryListedButAbsentIsAnError() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        entries.remove("windows/1.jsonl");
        Finding finding = only(check(TestPackages.zip(dir.resolve("bad.phreplay"), entries)), FindingCode.ENTRY_MISSING);
        assertEquals("windows/1.jsonl", finding.entry());
    }

    @Test
    void unsafeEntryNamesAreZipSlip() throws Exception {
        for (String name : List.of("/etc/passwd", "../evil.sh", "windows/../../evil.sh", "assets\\evil.js", "C:/evil.bat")) {
            List<Map.Entry<String, byte[]>> entries = new ArrayList<>(TestPackages.entries(good).entrySet());
            // Commons Compress rewrites backslashes when writing: write a stand-in and patch the stored bytes.
            entries.add(Map.entry(name.replace('\\', '|'), new byte[] {1}));
            Path slip = TestPackages.zip(dir.resolve("slip.phreplay"), entries);
            byte[] bytes = Files.readAllBytes(slip);
            byte[] standIn = name.replace('\\', '|').getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + standIn.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + standIn.length, standIn, 0, standIn.length)) {
                    System.arraycopy(name.getBytes(StandardCharsets.UTF_8), 0, bytes, i, standIn.length);
                }
            }
            Files.write(slip, bytes);
            ValidationReport report = check(slip);
            Finding finding = only(report, FindingCode.ENTRY_ZIP_SLIP);
            assertEquals(name, finding.entry());
            assertFalse(report.valid());
        }
    }

    @Test
    void aDuplicateEntryNameIsReported() throws Exception {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(TestPackages.entries(good).entrySet());
        entries.add(Map.entry("metadata.json", "{}".getBytes(StandardCharsets.UTF_8)));
        Finding finding = only(check(TestPackages.zip(dir.resolve("dup.phreplay"), entries)), FindingCode.ENTRY_DUPLICATE);
        assertEquals("metadata.json", finding.entry());
    }

    @Test
    void aZipBombIsStoppedAtTheRatioWithoutInflatingItAll() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] zeros = new byte[64 * 1024 * 1024];
        entries.put("assets/bomb.bin", zeros);
        LinkedHashMap<String, byte[]> listed = rewriteManifest(entries, m -> m.withArray("entries").addObject()
                .put("path", "assets/bomb.bin").put("size", zeros.length)
                .put("sha256", HexFormat.of().formatHex(PackageWriter.sha256().digest(zeros))));
        ValidationReport report = check(TestPackages.zip(dir.resolve("bomb.phreplay"), listed));
        Finding finding = only(report, FindingCode.ENTRY_ZIP_BOMB);
        assertEquals("assets/bomb.bin", finding.entry());
        long stoppedAt = Long.parseLong(finding.message().replaceAll(".*reading stopped at (\\d+) bytes.*", "$1"));
        assertTrue(stoppedAt < zeros.length / 2, "stopped at " + stoppedAt + ", far below the entry's 64 MiB");
    }

    @Test
    void anEntryBeyondTheSizeLimitIsStoppedThere() throws Exception {
        Limits small = Limits.defaults().withMaxEntryBytes(10_000);
        ValidationReport report = new PackageValidator(small).check(good);
        Finding finding = report.findings().stream().filter(f -> f.code().equals(FindingCode.ENTRY_TOO_LARGE)).findFirst().orElseThrow();
        assertEquals("windows/0.jsonl", finding.entry());
        ValidationReport total = new PackageValidator(Limits.defaults().withMaxTotalBytes(15_000)).check(good);
        assertEquals("windows/1.jsonl", only(total, FindingCode.PACKAGE_TOO_LARGE).entry());
    }

    @Test
    void malformedJsonIsReportedAtTheLineWhereTheEventBegins() throws Exception {
        Path bad = withWindow(String.format(META, 1) + "\n" + String.format(FULL, 2) + "\n{\"type\":3,\"timestamp\":3,\"data\":{\"source\":1}\n");
        Finding finding = only(check(bad), FindingCode.EVENTS_MALFORMED_LINE);
        assertEquals("windows/0.jsonl", finding.entry());
        assertEquals("line 3", finding.location());
    }

    @Test
    void anEventWithoutATimestampAndAnEmptyLineAreMalformedLines() throws Exception {
        Path bad = withWindow(String.format(META, 1) + "\n\n" + String.format(FULL, 2) + "\n{\"type\":3,\"data\":{\"source\":1}}\n" + String.format(MOVE, 5) + "\n");
        ValidationReport report = check(bad);
        List<String> locations = report.findings().stream().filter(f -> f.code().equals(FindingCode.EVENTS_MALFORMED_LINE))
                .map(Finding::location).toList();
        assertEquals(List.of("line 2", "line 4"), locations);
    }

    @Test
    void eventsOutOfOrderAreReportedAtTheirLine() throws Exception {
        Path bad = withWindow(String.format(META, 10) + "\n" + String.format(FULL, 11) + "\n" + String.format(MOVE, 5) + "\n");
        Finding finding = only(check(bad), FindingCode.EVENTS_OUT_OF_ORDER);
        assertEquals("line 3", finding.location());
        assertEquals("windows/0.jsonl", finding.entry());
    }

    @Test
    void aWindowWithoutAFullSnapshotIsAnError() throws Exception {
        Path bad = withWindow(String.format(META, 1) + "\n" + String.format(MOVE, 2) + "\n");
        assertEquals("windows/0.jsonl", only(check(bad), FindingCode.WINDOW_NO_FULL_SNAPSHOT).entry());
    }

    @Test
    void unknownTypesAndSourcesAreCountedWarnings() throws Exception {
        Path odd = TestPackages.withEvents(dir, "odd.phreplay", List.of(String.format(META, 1), String.format(FULL, 2),
                "{\"type\":42,\"data\":{},\"timestamp\":3}", "{\"type\":43,\"data\":{},\"timestamp\":4}",
                "{\"type\":3,\"data\":{\"source\":99},\"timestamp\":5}"));
        ValidationReport report = check(odd);
        assertTrue(report.valid(), report.findings()::toString);
        Finding types = only(report, FindingCode.EVENTS_UNKNOWN_TYPE);
        assertEquals(Severity.WARNING, types.severity());
        assertTrue(types.message().startsWith("2 event(s)"), types.message());
        assertEquals("line 3", types.location());
        assertEquals("line 5", only(report, FindingCode.EVENTS_UNKNOWN_SOURCE).location());
    }

    @Test
    void aDamagedManifestIsCaughtByItsChecksum() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] manifest = new String(entries.get(Manifest.PATH), StandardCharsets.UTF_8).replace("\"file\"", "\"fild\"")
                .getBytes(StandardCharsets.UTF_8);
        entries.put(Manifest.PATH, manifest);
        Finding finding = only(check(TestPackages.zip(dir.resolve("bad.phreplay"), entries)), FindingCode.MANIFEST_CHECKSUM_MISMATCH);
        assertEquals(Manifest.PATH, finding.entry());
    }

    @Test
    void aPackageWithoutManifestChecksumIsValidWithAWarning() throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        entries.remove(ManifestChecksum.PATH);
        ValidationReport report = check(TestPackages.zip(dir.resolve("nosum.phreplay"), entries));
        assertTrue(report.valid());
        assertEquals(Severity.WARNING, only(report, FindingCode.MANIFEST_CHECKSUM_MISSING).severity());
    }

    @Test
    void aManifestThatMiscountsEventsIsReported() throws Exception {
        Path bad = TestPackages.editManifest(good, dir.resolve("bad.phreplay"),
                m -> ((ObjectNode) m.get("recording").get("windows").get(0)).put("eventCount", 3));
        assertEquals("windows/0.jsonl", only(check(bad), FindingCode.EVENTS_COUNT_MISMATCH).entry());
    }

    /** A package whose one window holds {@code text}, listed with its true size and checksum. */
    private Path withWindow(String text) throws Exception {
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        entries.put("windows/0.jsonl", bytes);
        return TestPackages.zip(dir.resolve("window.phreplay"), rewriteManifest(entries, m -> {
            ObjectNode entry = (ObjectNode) m.get("entries").get(0);
            entry.put("size", bytes.length);
            entry.put("sha256", HexFormat.of().formatHex(PackageWriter.sha256().digest(bytes)));
            long events = text.lines().filter(l -> !l.isBlank()).count();
            ((ObjectNode) m.get("recording").get("windows").get(0)).put("eventCount", events);
            ((ObjectNode) m.get("recording")).put("eventCount", events + 20);
        }));
    }

    private static LinkedHashMap<String, byte[]> rewriteManifest(LinkedHashMap<String, byte[]> entries,
            Consumer<ObjectNode> edit) throws Exception {
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(entries.get(Manifest.PATH));
        edit.accept(manifest);
        byte[] bytes = Json.mapper().writeValueAsBytes(manifest);
        LinkedHashMap<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(Manifest.PATH, bytes);
        copy.put(ManifestChecksum.PATH, ManifestChecksum.of(bytes));
        return copy;
    }

    static Optional<Finding> first(ValidationReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
