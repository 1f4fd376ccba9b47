package dev.phreplay.redact;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recording held in memory, for tests: windows of event JSON texts. */
final class ListRecording implements RecordingEvents {
    private final Map<String, List<String>> windows = new LinkedHashMap<>();

    ListRecording window(String id, List<String> events) {
        windows.put(id, new ArrayList<>(events));
        return this;
    }

    @Override
    public List<String> windowIds() {
        return List.copyOf(windows.keySet());
    }

    @Override
    public EventCursor events(String windowId) {
        Iterator<String> events = windows.get(windowId).iterator();
        return new EventCursor() {
            int index;

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public RawEvent next() {
                String json = events.next();
                return new RawEvent(index++, 0, json.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void close() {}
}
