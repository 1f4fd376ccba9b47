package dev.phreplay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RecordingEvents} built from JSON events in memory, for tests of code that reads recordings. */
public final class InMemoryRecording implements RecordingEvents {
    private final Map<String, List<RawEvent>> windows = new LinkedHashMap<>();

    /** Adds events to a window; events without a timestamp get {@code base + 100 ms × position}. */
    public InMemoryRecording add(String windowId, Iterable<JsonNode> events, long base) {
        List<RawEvent> list = windows.computeIfAbsent(windowId, w -> new ArrayList<>());
        for (JsonNode event : events) {
            ObjectNode copy = event.deepCopy();
            copy.remove("windowId");
            if (!copy.has("timestamp")) {
                copy.put("timestamp", base + 100L * list.size());
            }
            try {
                list.add(new RawEvent(list.size(), copy.get("timestamp").asLong(), Json.mapper().writeValueAsBytes(copy)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<RawEvent> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingLong(RawEvent::timestamp));
        list.clear();
        for (RawEvent raw : sorted) {
            list.add(new RawEvent(list.size(), raw.timestamp(), raw.json()));
        }
        return this;
    }

    public InMemoryRecording add(String windowId, String jsonArray) {
        try {
            return add(windowId, Json.mapper().readTree(jsonArray), 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture holding an event array, or a single event object. */
    public static InMemoryRecording fixture(Path file, String windowId, long base) {
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            return new InMemoryRecording().add(windowId, root.isArray() ? root : List.of(root), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> windowIds() {
        return List.copyOf(windows.keySet());
    }

    @Override
    public EventCursor events(String windowId) {
        Iterator<RawEvent> iterator = windows.getOrDefault(windowId, List.of()).iterator();
        return new EventCursor() {
            @Override public boolean hasNext() { return iterator.hasNext(); }
            @Override public RawEvent next() { return iterator.next(); }
            @Override public void close() { }
        };
    }

    @Override
    public void close() {}
}
