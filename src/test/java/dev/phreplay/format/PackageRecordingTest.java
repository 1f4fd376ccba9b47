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
