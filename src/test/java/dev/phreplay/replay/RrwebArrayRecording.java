package dev.phreplay.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A plain rrweb event array as one window, streamed event by event: a test stand-in for the
 * format helper's importers, enough to replay the shared fixtures.
 */
public final class RrwebArrayRecording implements RecordingEvents {
    public static final String WINDOW = "rrweb";

    private final Path file;

    public RrwebArrayRecording(Path file) {
        this.file = file;
    }

    @Override
    public List<String> windowIds() {
        return List.of(WINDOW);
    }

    @Override
    public EventCursor events(String windowId) throws IOException {
        JsonParser parser = Json.factory().createParser(Files.newInputStream(file));
        parser.setCodec(Json.mapper());
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            parser.close();
            throw new IOException(file + ": not a JSON array of events");
        }
        return new EventCursor() {
            private int index;
            private JsonToken next = advance();

            private JsonToken advance() {
                try {
                    return parser.nextToken();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next == JsonToken.START_OBJECT;
            }

            @Override
            public RawEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    JsonNode event = parser.readValueAsTree();
                    next = advance();
                    return new RawEvent(index++, event.path("timestamp").asLong(), Json.mapper().writeValueAsBytes(event));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    @Override
    public void close() {}
}
