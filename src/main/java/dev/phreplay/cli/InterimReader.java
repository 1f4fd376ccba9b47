package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stop-gap reader for the console and network commands until {@code format.Recordings.open}
 * lands: a bare rrweb event array, JSON lines of events (with an inline {@code windowId}, as
 * {@code [windowId, event]} or as {@code {window_id, data: [events]}}), or a single event object.
 * Events are read one at a time and kept as bytes; no PostHog decompression, no export files.
 */
final class InterimReader implements RecordingEvents {
    static final String DEFAULT_WINDOW = "window-1";

    private final Path file;
    private final Map<String, List<RawEvent>> windows = new LinkedHashMap<>();
    private int position;

    private InterimReader(Path file) {
        this.file = file;
    }

    static InterimReader open(Path file) throws IOException {
        InterimReader reader = new InterimReader(file);
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.factory().createParser(in)) {
            parser.setCodec(Json.mapper());
            JsonToken first = parser.nextToken();
            JsonToken second = first == JsonToken.START_ARRAY ? parser.nextToken() : null;
            if (first == JsonToken.START_ARRAY && (second == JsonToken.START_OBJECT || second == JsonToken.END_ARRAY)) {
                for (JsonToken token = second; token == JsonToken.START_OBJECT; token = parser.nextToken()) {
                    reader.event(DEFAULT_WINDOW, parser.readValueAsTree());
                }
            } else if (first == JsonToken.START_ARRAY) {
                String windowId = parser.getValueAsString();
                parser.nextToken();
                reader.event(windowId, parser.readValueAsTree());
                parser.nextToken(); // the pair's END_ARRAY
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    reader.line(parser.readValueAsTree());
                }
            } else {
                for (JsonToken token = first; token != null; token = parser.nextToken()) {
                    reader.line(parser.readValueAsTree());
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidInputException(file + ": not a recording: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        reader.sort();
        return reader;
    }

    private void line(JsonNode line) {
        if (line.isArray() && line.size() == 2 && line.get(1).isObject()) {
            event(line.get(0).asText(), line.get(1));
        } else if (line.isObject() && line.has("window_id") && line.path("data").isArray()) {
            for (JsonNode event : line.get("data")) {
                event(line.get("window_id").asText(), event);
            }
        } else if (line.isObject()) {
            event(line.hasNonNull("windowId") ? line.get("windowId").asText() : DEFAULT_WINDOW, line);
        } else {
            throw new InvalidInputException(file + ": entry " + position + " is neither an event nor a [windowId, event] pair");
        }
    }

    private void event(String windowId, JsonNode event) {
        JsonNode timestamp = event.get("timestamp");
        if (timestamp == null || !timestamp.isNumber()) {
            throw new InvalidInputException(file + ": event " + position + ": field 'timestamp' is missing or not a number");
        }
        position++;
        try {
            List<RawEvent> events = windows.computeIfAbsent(windowId, w -> new ArrayList<>());
            events.add(new RawEvent(events.size(), timestamp.asLong(), Json.mapper().writeValueAsBytes(event)));
        } catch (IOException e) {
            throw new InvalidInputException(file + ": event " + position + ": " + e.getMessage(), e);
        }
    }

    private void sort() {
        for (List<RawEvent> events : windows.values()) {
            events.sort(Comparator.comparingLong(RawEvent::timestamp).thenComparingInt(RawEvent::index));
            for (int i = 0; i < events.size(); i++) {
                events.set(i, new RawEvent(i, events.get(i).timestamp(), events.get(i).json()));
            }
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
    public void close() {
        windows.clear();
    }
}
