package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.phreplay.event.Json;
import java.io.IOException;

/**
 * Reads the {@link EventFacts} of one event's JSON in a single streaming pass, which also checks
 * that the whole text is one well-formed JSON object. Trees are never built: validation of a
 * large package must stay linear and flat in memory.
 */
public final class EventProbe {
    private EventProbe() {}

    /** @throws MalformedEventException naming what is wrong, when the bytes are not one rrweb event */
    public static EventFacts probe(byte[] bytes, int offset, int length) throws MalformedEventException {
        try (JsonParser parser = Json.factory().createParser(bytes, offset, length)) {
            EventFacts facts = event(parser);
            if (parser.nextToken() != null) {
                throw new MalformedEventException("unexpected text after the event's JSON object");
            }
            return facts;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedEventException("unreadable JSON: " + e.getMessage());
        }
    }

    public static EventFacts probe(byte[] bytes) throws MalformedEventException {
        return probe(bytes, 0, bytes.length);
    }

    /**
     * Reads one event object, the parser on its first token (already read: {@link JsonParser#currentToken()}
     * or, when there is none yet, the next). Always consumes the whole value, so a parser reading a
     * stream of events stays in step even when this event is rejected.
     */
    static EventFacts event(JsonParser parser) throws IOException, MalformedEventException {
        JsonToken start = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new MalformedEventException("an event must be a JSON object, not " + describe(start));
        }
        Integer type = null;
        Long timestamp = null;
        String problem = null;
        DataFacts data = DataFacts.NONE;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                        type = parser.getIntValue();
                    } else {
                        problem = "\"type\" must be an integer, not " + describe(value);
                        parser.skipChildren();
                    }
                }
                case "timestamp" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        timestamp = parser.getLongValue();
                    } else if (value == JsonToken.VALUE_NUMBER_FLOAT) {
                        timestamp = (long) parser.getDoubleValue();
                    } else {
                        problem = "\"timestamp\" must be a number, not " + describe(value);
                        parser.skipChildren();
                    }
                }
                case "data" -> data = value == JsonToken.START_OBJECT ? data(parser) : skip(parser);
                default -> parser.skipChildren();
            }
        }
        if (problem != null) {
            throw new MalformedEventException(problem);
        }
        if (type == null) {
            throw new MalformedEventException("the event has no \"type\"");
        }
        if (timestamp == null) {
            throw new MalformedEventException("the event has no \"timestamp\"");
        }
        return new EventFacts(type, timestamp, type == 3 ? data.source : -1, type == 4 ? data.href : null,
                type == 6 ? data.plugin : null, data.level, data.requests);
    }

    private static DataFacts skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return DataFacts.NONE;
    }

    private record DataFacts(int source, String href, String plugin, String level, int requests) {
        static final DataFacts NONE = new DataFacts(-1, null, null, null, 0);
    }

    private static DataFacts data(JsonParser parser) throws IOException {
        int source = -1;
        String href = null;
        String plugin = null;
        String level = null;
        int requests = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "source" -> source = value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                        ? parser.getIntValue() : -1;
                case "href" -> href = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "plugin" -> plugin = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "payload" -> {
                    if (value == JsonToken.START_OBJECT) {
                        PayloadFacts payload = payload(parser);
                        level = payload.level;
                        requests = payload.requests;
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new DataFacts(source, href, plugin, level, requests);
    }

    private record PayloadFacts(String level, int requests) {}

    private static PayloadFacts payload(JsonParser parser) throws IOException {
        String level = null;
        int requests = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("level") && value == JsonToken.VALUE_STRING) {
                level = parser.getText();
            } else if (name.equals("requests") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                    requests++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return new PayloadFacts(level, requests);
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_FLOAT -> "a fraction";
            case VALUE_NUMBER_INT -> "an integer";
            default -> token.name();
        };
    }

    /** The bytes are not one well-formed rrweb event; the message says why. */
    public static final class MalformedEventException extends Exception {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
