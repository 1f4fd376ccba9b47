package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.EventCursor;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageRecordingTest {
    @TempDir
    Path dir;

    @Test
    void aMalformedLineFailsTheCursorNamingFileEntryAndLine() throws Exception {
        Path good = TestPackages.good(dir);
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        String window = new String(entries.get("windows/1.jsonl"), StandardCharsets.UTF_8);
        int third = window.indexOf('\n', window.indexOf('\n') + 1) + 1;
        entries.put("windows/1.jsonl", (window.substring(0, third) + "{oops\n" + window.substring(third)).getBytes(StandardCharsets.UTF_8));
        Path bad = TestPackages.zip(dir.resolve("bad.phreplay"), entries);
        try (OpenedRecording recording = Recordings.open(bad); EventCursor cursor = recording.events(recording.windowIds().get(1))) {
            cursor.next();
            cursor.next();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, cursor::next);
            assertTrue(e.getCause().getMessage().contains(bad.toString()) && e.getCause().getMessage().contains("windows/1.jsonl line 3"),
                    e.getCause().getMessage());
        }
    }

    @Test
    void aZipBombWindowFailsTheCursorInsteadOfFillingTheHeap() throws Exception {
        Path good = TestPackages.good(dir);
        LinkedHashMap<String, byte[]> entries = TestPackages.entries(good);
        byte[] line = "{\"type\":3,\"data\":{\"source\":1,\"positions\":[]},\"timestamp\":1682952380877}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = new byte[line.length * 400_000];
        for (int i = 0; i < 400_000; i++) {
            System.arraycopy(line, 0, bomb, i * line.length, line.length);
        }
        entries.put("windows/0.jsonl", bomb);
        Path bad = TestPackages.zip(dir.resolve("bomb.phreplay"), entries);
        Limits strict = Limits.defaults().withMaxRatio(50);
        try (OpenedRecording recording = Recordings.open(bad, strict); EventCursor cursor = recording.events(recording.windowIds().getFirst())) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
                while (cursor.hasNext()) {
                    cursor.next();
                }
            });
            assertTrue(e.getCause().getMessage().contains("zip bomb") && e.getCause().getMessage().contains("windows/0.jsonl"),
                    e.getCause().getMessage());
        }
    }

    @Test
    void anotherMajorVersionIsRefusedOnOpen() throws Exception {
        Path good = TestPackages.good(dir);
        Path newer = TestPackages.editManifest(good, dir.resolve("v2.phreplay"), m -> m.put("formatVersion", "2.1"));
        RecordingException e = assertThrows(RecordingException.class, () -> Recordings.open(newer));
        assertTrue(e.getMessage().contains("2.1") && e.getMessage().contains(FindingCode.MANIFEST_VERSION_UNSUPPORTED), e.getMessage());
    }

    @Test
    void aNewerMinorVersionOpensWithAWarning() throws Exception {
        Path good = TestPackages.good(dir);
        Path newer = TestPackages.editManifest(good, dir.resolve("v1.3.phreplay"), m -> m.put("formatVersion", "1.3"));
        try (OpenedRecording recording = Recordings.open(newer)) {
            assertEquals(FindingCode.MANIFEST_VERSION_NEWER, recording.warnings().getFirst().code());
            assertEquals(2, recording.windowIds().size());
        }
    }
}
