package dev.phreplay.dom;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Recordings opened with the format's {@code Recordings.open}, decoded per window, cached for the tests. */
final class Recorded {
    /** The window id the importer gives a bare rrweb event array. */
    static final String SINGLE_WINDOW = "default";
    private static final Map<Path, Map<String, List<RecordedEvent>>> CACHE = new ConcurrentHashMap<>();

    private Recorded() {}

    static Map<String, List<RecordedEvent>> windows(Path file) {
        return CACHE.computeIfAbsent(file.toAbsolutePath().normalize(), Recorded::read);
    }

    static List<RecordedEvent> window(Path file, String windowId) {
        List<RecordedEvent> events = windows(file).get(windowId);
        if (events == null) {
            throw new IllegalStateException("no window " + windowId + " in " + file + ": " + windows(file).keySet());
        }
        return events;
    }

    private static Map<String, List<RecordedEvent>> read(Path file) {
        Map<String, List<RecordedEvent>> windows = new LinkedHashMap<>();
        try (OpenedRecording recording = Recordings.open(file)) {
            for (String id : recording.windowIds()) {
                List<RecordedEvent> events = new ArrayList<>();
                try (EventCursor cursor = recording.events(id)) {
                    while (cursor.hasNext()) {
                        events.add(cursor.next().decode());
                    }
                }
                windows.put(id, List.copyOf(events));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RecordingException | EventDecodeException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return windows;
    }
}
