package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.EventDecoder;
import dev.phreplay.event.Json;
import dev.phreplay.event.RecordedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small streaming reader for a bare rrweb event array and for PostHog export files (versions
 * 2023-04-28 and 2022-12-02), used by {@code dom} until the format helper's
 * {@code Recordings.open} is available. Events come back per window, stably sorted by timestamp.
 */
public final class InterimRecordingReader {
    /** The window id of a bare rrweb array. */
    public static final String SINGLE_WINDOW = "1";

    private InterimRecordingReader() {}

    public static Map<String, List<RecordedEvent>> read(Path file) throws IOException {
        Map<String, List<RecordedEvent>> windows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.factory().createParser(in)) {
            parser.setCodec(Json.mapper());
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readEvents(file, parser, windows, SINGLE_WINDOW);
            } else if (first == JsonToken.START_OBJECT) {
                readExport(file, parser, windows);
            } else {
                throw new InvalidInputException(file + ": not a JSON array of rrweb events or a PostHog export");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file + ": malformed JSON: " + e.getOriginalMessage());
        }
        for (List<RecordedEvent> events : windows.values()) {
            events.sort(Comparator.comparingLong(RecordedEvent::timestamp));
        }
        return windows;
    }

    private static void readExport(Path file, JsonParser parser, Map<String, List<RecordedEvent>> windows) throws IOException {
        boolean sawData = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("data") && value == JsonToken.START_OBJECT) {
                sawData = true;
                readData(file, parser, windows);
            } else {
                parser.skipChildren();
            }
        }
        if (!sawData) {
            throw new InvalidInputException(file + ": a PostHog export needs a \"data\" object");
        }
    }

    private static void readData(Path file, JsonParser parser, Map<String, List<RecordedEvent>> windows) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("snapshots") && value == JsonToken.START_ARRAY) {
                readEvents(file, parser, windows, null);
            } else if (name.equals("snapshotsByWindowId") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String window = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY) {
                        readEvents(file, parser, windows, window);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Reads an array of events; {@code window} null means each event names its windowId. */
    private static void readEvents(Path file, JsonParser parser, Map<String, List<RecordedEvent>> windows, String window)
            throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode event = parser.readValueAsTree();
            String id = window != null ? window : event.path("windowId").asText(SINGLE_WINDOW);
            try {
                windows.computeIfAbsent(id, k -> new ArrayList<>()).add(EventDecoder.decode(event));
            } catch (EventDecodeException e) {
                throw new InvalidInputException(file + ": event " + index + ": " + e.getMessage());
            }
            index++;
        }
    }
}
