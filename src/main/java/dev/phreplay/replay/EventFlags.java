package dev.phreplay.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.phreplay.event.EventType;
import dev.phreplay.event.IncrementalSource;
import dev.phreplay.event.Json;
import java.io.IOException;

/**
 * What the timeline needs to know about an event without decoding it: is it a full snapshot or
 * a Meta, and does it count as user activity. Read from the raw JSON by a streaming parser that stops
 * as soon as {@code type} (and, for an incremental, {@code data.source}) are known, so indexing
 * a heavy full snapshot does not build its tree.
 */
public final class EventFlags {
    public static final byte FULL_SNAPSHOT = 1;
    /** PostHog's segmenter: FullSnapshot, Meta and the incrementals of {@link #isActiveSource}. */
    public static final byte ACTIVE = 2;
    public static final byte META = 4;

    private static final int UNKNOWN = -1;

    private EventFlags() {}

    public static byte of(byte[] json) {
        int[] typeAndSource = peek(json);
        return of(typeAndSource[0], typeAndSource[1]);
    }

    public static byte of(int type, int source) {
        return switch (type) {
            case EventType.FULL_SNAPSHOT -> FULL_SNAPSHOT | ACTIVE;
            case EventType.META -> ACTIVE | META;
            case EventType.INCREMENTAL_SNAPSHOT -> isActiveSource(source) ? ACTIVE : 0;
            default -> 0;
        };
    }

    /** PostHog's active sources: rrweb's user interactions plus TouchMove, MediaInteraction and Drag. */
    public static boolean isActiveSource(int source) {
        IncrementalSource known = IncrementalSource.of(source);
        return known != null && switch (known) {
            case MOUSE_MOVE, MOUSE_INTERACTION, SCROLL, VIEWPORT_RESIZE, INPUT, TOUCH_MOVE, MEDIA_INTERACTION, DRAG -> true;
            default -> false;
        };
    }

    public static boolean isFullSnapshot(byte flags) {
        return (flags & FULL_SNAPSHOT) != 0;
    }

    public static boolean isMeta(byte flags) {
        return (flags & META) != 0;
    }

    public static boolean isActive(byte flags) {
        return (flags & ACTIVE) != 0;
    }

    /** {type, source}; -1 for what is absent or unreadable (the decoder reports it when the event is applied). */
    static int[] peek(byte[] json) {
        int[] result = {UNKNOWN, UNKNOWN};
        try (JsonParser parser = Json.factory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return result;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    result[0] = parser.getIntValue();
                    if (result[0] != EventType.INCREMENTAL_SNAPSHOT || result[1] != UNKNOWN) {
                        return result;
                    }
                } else if ("data".equals(name) && value == JsonToken.START_OBJECT) {
                    result[1] = sourceOf(parser);
                    if (result[0] != UNKNOWN) {
                        return result;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return result;
        }
        return result;
    }

    /** Reads {@code source} from the object the parser is at the start of, skipping the rest of it. */
    private static int sourceOf(JsonParser parser) throws IOException {
        int source = UNKNOWN;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (source == UNKNOWN && "source".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                source = parser.getIntValue();
            } else {
                parser.skipChildren();
            }
        }
        return source;
    }
}
