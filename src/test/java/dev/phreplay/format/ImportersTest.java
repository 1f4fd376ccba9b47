package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.testing.Shared;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImportersTest {
    @TempDir
    Path dir;

    static Stream<Path> recordingFixtures() throws Exception {
        try (Stream<Path> files = Files.walk(Shared.root().resolve("fixtures/posthog"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("api-recording-meta")).sorted().toList().stream();
        }
    }

    static Stream<Path> metadataFixtures() {
        return Stream.of(Shared.posthogFixture("api-recording-meta__recording_meta.json"),
                Shared.posthogFixture("api-recording-meta__large_recording_meta.json"));
    }

    /** Every event of every window, as JSON text, window by window. */
    static List<List<String>> events(OpenedRecording recording) throws Exception {
        List<List<String>> windows = new ArrayList<>();
        for (String window : recording.windowIds()) {
            List<String> events = new ArrayList<>();
            try (EventCursor cursor = recording.events(window)) {
                while (cursor.hasNext()) {
                    RawEvent event = cursor.next();
                    assertEquals(events.size(), event.index());
                    assertEquals(Json.mapper().readTree(event.json()).get("timestamp").asLong(), event.timestamp());
                    events.add(new String(event.json(), StandardCharsets.UTF_8));
                }
            }
            windows.add(events);
        }
        return windows;
    }

    @ParameterizedTest
    @MethodSource("recordingFixtures")
    void everyRecordingFixtureImportsAndDecodes(Path fixture) throws Exception {
        try (OpenedRecording recording = Recordings.open(fixture)) {
            assertFalse(recording.windowIds().isEmpty());
            for (List<String> window : events(recording)) {
                assertFalse(window.isEmpty());
                long previous = Long.MIN_VALUE;
                // Mobile wireframes are imported as they are: the web decoder does not read them (no wireframe→DOM yet).
                boolean mobile = fixture.getFileName().toString().startsWith("mobile-");
                for (String json : window) {
                    JsonNode tree = Json.mapper().readTree(json);
                    assertTrue(tree.get("timestamp").asLong() >= previous, "in timestamp order");
                    previous = tree.get("timestamp").asLong();
                    if (!mobile) {
                        RecordedEvent decoded = new RawEvent(0, 0, json.getBytes(StandardCharsets.UTF_8)).decode();
                        assertEquals(previous, decoded.timestamp());
                    }
                    assertFalse(tree.has("windowId"), "the window id is taken out of the event");
                    assertFalse(tree.has("cv"), "compressed events are decompressed");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("metadataFixtures")
    void metadataAloneIsRefusedButPacksWithItsSession(Path metadata) throws Exception {
        RecordingException alone = assertThrows(RecordingException.class, () -> Recordings.open(metadata));
        assertTrue(alone.getMessage().contains(metadata.toString()) && alone.getMessage().contains("no events"), alone.getMessage());
        try (ImportedRecording recording = Recordings.importAll(List.of(
                Shared.posthogFixture("web-blob-v1-lines__recording_snapshots.jsonl"), metadata), Limits.defaults())) {
            JsonNode stored = Json.mapper().readTree(recording.metadata().orElseThrow());
            JsonNode given = Json.mapper().readTree(metadata.toFile());
            assertEquals(given, stored.get("recording"));
            assertEquals(given.get("person"), stored.get("person"));
            assertEquals(given.get("id").asText(), recording.recordingId());
        }
    }

    @Test
    void compressedAndPlainBlobV2LinesGiveIdenticalEvents() throws Exception {
        try (OpenedRecording plain = Recordings.open(Shared.posthogFixture("derived/blob-v2-lines.jsonl"));
                OpenedRecording compressed = Recordings.open(Shared.posthogFixture("derived/blob-v2-lines.compressed-cv-2024-10.jsonl"))) {
            assertTrue(Files.readString(Shared.posthogFixture("derived/blob-v2-lines.compressed-cv-2024-10.jsonl"),
                    StandardCharsets.UTF_8).contains("\"cv\":\"2024-10\""), "the fixture is compressed");
            assertEquals(plain.windowIds(), compressed.windowIds());
            assertEquals(events(plain), events(compressed));
        }
    }

    @Test
    void everyShapeOfTheSameSessionGivesTheSameEvents() throws Exception {
        List<List<String>> reference;
        try (OpenedRecording lines = Recordings.open(Shared.posthogFixture("web-blob-v1-lines__recording_snapshots.jsonl"))) {
            reference = events(lines);
            assertEquals(2, lines.windowIds().size());
        }
        for (String other : List.of("derived/blob-v2-lines.jsonl", "derived/export-v1-2022-12-02.ph-recording.json",
                "derived/export-v2-2023-04-28.ph-recording.json")) {
            try (OpenedRecording recording = Recordings.open(Shared.posthogFixture(other))) {
                assertEquals(reference, events(recording), other);
            }
        }
    }

    @Test
    void exportV2KeepsItsIdAndPersonAndNumericWindowIds() throws Exception {
        try (OpenedRecording recording = Recordings.open(Shared.posthogFixture("derived/export-v2-2023-04-28.ph-recording.json"))) {
            assertEquals("PostHog export 2023-04-28", recording.kind());
            assertEquals("187d7c7619e1d62-0a36a9481897db-1d525634-384000-187d7c7619f3d4f", recording.recordingId());
            assertEquals(List.of("1", "2"), recording.windowIds());
            assertEquals(11, Json.mapper().readTree(recording.metadata().orElseThrow()).path("person").path("id").asInt());
        }
    }

    @Test
    void anExportOfAnUnknownVersionIsRefusedNamingTheVersions() throws Exception {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"version\":\"2031-01-01\",\"data\":{\"snapshots\":[]}}");
        RecordingException e = assertThrows(RecordingException.class, () -> Recordings.open(file));
        assertTrue(e.getMessage().contains("2031-01-01") && e.getMessage().contains("2023-04-28")
                && e.getMessage().contains("2022-12-02"), e.getMessage());
    }

    @Test
    void zstdCompressedFieldsAreReportedClearly() throws Exception {
        String zstd = new String(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 1, 2}, StandardCharsets.ISO_8859_1);
        String line = Json.mapper().writeValueAsString(List.of("w", Json.mapper().createObjectNode()
                .put("type", 2).put("data", zstd).put("timestamp", 5).put("cv", "2024-10")));
        Path file = Files.writeString(dir.resolve("zstd.jsonl"), line + "\n" + line.replace("5,", "6,") + "\n");
        RecordingException e = assertThrows(RecordingException.class, () -> Recordings.open(file));
        assertTrue(e.getMessage().contains("zstd") && e.getMessage().contains("line 1") && e.getMessage().contains("data"), e.getMessage());
    }

    @Test
    void gzipFieldsOfStyleSheetRulesAreDecompressed() throws Exception {
        String adds = latin1Gzip("[{\"rule\":\"a{color:red}\",\"index\":0}]");
        String event = Json.mapper().writeValueAsString(Json.mapper().createObjectNode().put("type", 3).put("timestamp", 9)
                .put("cv", "2024-10").set("data", Json.mapper().createObjectNode().put("source", 8).put("id", 4).put("adds", adds)));
        Path file = Files.writeString(dir.resolve("style.json"), "[" + fullSnapshot(1) + "," + event + "]");
        try (OpenedRecording recording = Recordings.open(file)) {
            JsonNode decoded = Json.mapper().readTree(events(recording).getFirst().get(1));
            assertEquals("a{color:red}", decoded.path("data").path("adds").path(0).path("rule").asText());
        }
    }

    @Test
    void cleanupSortsStablyDropsExactDuplicatesAndInsertsAMissingMeta() throws Exception {
        String resize = "{\"type\":3,\"data\":{\"source\":4,\"width\":1024,\"height\":768},\"timestamp\":30}";
        String clickA = "{\"type\":3,\"data\":{\"source\":2,\"type\":2,\"id\":1,\"x\":1,\"y\":1},\"timestamp\":20}";
        String clickB = "{\"type\":3,\"data\":{\"source\":2,\"type\":2,\"id\":1,\"x\":2,\"y\":2},\"timestamp\":20}";
        String clickADelayed = clickA.replace("\"timestamp\":20", "\"timestamp\":20,\"delay\":5");
        Path file = Files.writeString(dir.resolve("mess.json"),
                "[" + resize + "," + clickA + "," + fullSnapshot(10) + "," + clickB + "," + clickADelayed + "," + clickA + "]");
        try (OpenedRecording recording = Recordings.open(file)) {
            List<String> events = events(recording).getFirst();
            assertEquals(5, events.size(), events::toString);
            JsonNode meta = Json.mapper().readTree(events.get(0));
            assertEquals(4, meta.get("type").asInt());
            assertEquals(10, meta.get("timestamp").asLong());
            assertEquals(1024, meta.path("data").path("width").asInt());
            assertEquals(768, meta.path("data").path("height").asInt());
            assertEquals(2, Json.mapper().readTree(events.get(1)).get("type").asInt());
            assertEquals(clickA, events.get(2));
            assertEquals(clickB, events.get(3), "same-time events keep their input order");
            assertEquals(resize, events.get(4));
            assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals(FindingCode.IMPORT_DUPLICATES_DROPPED)
                    && w.message().startsWith("2 ")), recording.warnings()::toString);
        }
    }

    @Test
    void aFullSnapshotWhoseMetaCannotBeDerivedIsKeptWithAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("nometa.json"), "[" + fullSnapshot(10) + "]");
        try (OpenedRecording recording = Recordings.open(file)) {
            assertEquals(1, events(recording).getFirst().size());
            assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals(FindingCode.IMPORT_META_MISSING)));
        }
    }

    @Test
    void mobileWireframeEventsAreKeptAsTheyAre() throws Exception {
        try (OpenedRecording recording = Recordings.open(Shared.posthogFixture("mobile-snapshot-lines__encoded-snapshot-data.jsonl"))) {
            List<String> events = events(recording).getFirst();
            JsonNode full = events.stream().map(ImportersTest::tree).filter(e -> e.get("type").asInt() == 2).findFirst().orElseThrow();
            assertEquals("screenshot", full.path("data").path("wireframes").path(0).path("type").asText());
        }
        try (OpenedRecording recording = Recordings.open(Shared.posthogFixture("mobile-incremental__increment-with-child-duplication.json"))) {
            JsonNode event = tree(events(recording).getFirst().getFirst());
            assertTrue(event.path("data").path("adds").path(0).has("wireframe"));
        }
    }

    @Test
    void eventsWithoutTimestampsGetThePreviousOneAndAWarning() throws Exception {
        try (OpenedRecording recording = Recordings.open(Shared.posthogFixture("plugin-console__rrweb-console-events.json"))) {
            assertEquals(23, events(recording).getFirst().size());
            Finding warning = recording.warnings().stream().filter(w -> w.code().equals(FindingCode.IMPORT_NO_TIMESTAMP))
                    .findFirst().orElseThrow();
            assertTrue(warning.message().startsWith("23 event(s)"), warning.message());
        }
    }

    @Test
    void badInputsNameTheFileAndTheLine() throws Exception {
        Path lines = Files.writeString(dir.resolve("bad.jsonl"), "[\"w\"," + fullSnapshot(1) + "]\n[\"w\",{\"type\":3,\n");
        RecordingException e = assertThrows(RecordingException.class, () -> Recordings.open(lines));
        assertTrue(e.getMessage().contains(lines.toString()) && e.getMessage().contains("line 2"), e.getMessage());
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"hello\":1}");
        RecordingException e2 = assertThrows(RecordingException.class, () -> Recordings.open(unknown));
        assertTrue(e2.getMessage().contains("not a recording"), e2.getMessage());
        Path snappy = Files.write(dir.resolve("blocks.bin"), new byte[] {0, 0, 0, 5, 1, 2, 3, 4, 5});
        RecordingException e3 = assertThrows(RecordingException.class, () -> Recordings.open(snappy));
        assertTrue(e3.getMessage().contains("decompress=true"), e3.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThrows(RecordingException.class, () -> Recordings.open(empty));
        assertThrows(NoSuchFileException.class, () -> Recordings.open(dir.resolve("missing.json")));
    }

    @Test
    void aPackageOpensToTheSameEventsItWasPackedFrom() throws Exception {
        Path fixture = Shared.posthogFixture("derived/blob-v2-lines.compressed-cv-2024-10.jsonl");
        Path out = dir.resolve("p.phreplay");
        try (OpenedRecording imported = Recordings.open(fixture)) {
            Packer.pack(imported, out, null, "file", null, line -> { });
            try (OpenedRecording packed = Recordings.open(out)) {
                assertInstanceOf(PackageRecording.class, packed);
                assertEquals(imported.windowIds(), packed.windowIds());
                assertEquals(events(imported), events(packed));
            }
        }
    }

    @Test
    void importsKeepTheirEventsInTemporaryFilesAndDeleteThemOnClose() throws Exception {
        long before = spoolFolders();
        OpenedRecording recording = Recordings.open(Shared.posthogFixture("web-blob-v1-lines__recording_snapshots.jsonl"));
        assertEquals(before + 1, spoolFolders());
        recording.close();
        assertEquals(before, spoolFolders());
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "[\"w\"," + fullSnapshot(1) + "]\n[\"w\",{\"type\":3,\n");
        assertThrows(RecordingException.class, () -> Recordings.open(bad));
        assertEquals(before, spoolFolders(), "a failed import leaves nothing behind");
    }

    private static long spoolFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(ImportCollector.SPOOL_PREFIX)).count();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String fullSnapshot(long timestamp) {
        return String.format(PackageValidatorTest.FULL, timestamp);
    }

    private static String latin1Gzip(String json) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }
}
