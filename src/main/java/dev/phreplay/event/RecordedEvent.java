package dev.phreplay.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One rrweb {@code eventWithTime}, typed. Unknown types become {@link Unknown}, never an error.
 * Timestamps are milliseconds since the epoch, as recorded.
 */
public sealed interface RecordedEvent {
    long timestamp();

    /** The numeric rrweb {@code EventType}. */
    int type();

    record DomContentLoaded(long timestamp) implements RecordedEvent {
        public int type() { return EventType.DOM_CONTENT_LOADED; }
    }

    record Load(long timestamp) implements RecordedEvent {
        public int type() { return EventType.LOAD; }
    }

    record FullSnapshot(long timestamp, SerializedNode.Document node, double initialTop, double initialLeft)
            implements RecordedEvent {
        public int type() { return EventType.FULL_SNAPSHOT; }
    }

    record Incremental(long timestamp, IncrementalData data) implements RecordedEvent {
        public int type() { return EventType.INCREMENTAL_SNAPSHOT; }
    }

    /** {@code href} may be null: mobile recordings often have none. */
    record Meta(long timestamp, String href, int width, int height) implements RecordedEvent {
        public int type() { return EventType.META; }
    }

    record Custom(long timestamp, String tag, JsonNode payload) implements RecordedEvent {
        public int type() { return EventType.CUSTOM; }
    }

    record Plugin(long timestamp, String plugin, PluginPayload payload) implements RecordedEvent {
        public int type() { return EventType.PLUGIN; }
    }

    record Asset(long timestamp, String url, JsonNode payload) implements RecordedEvent {
        public int type() { return EventType.ASSET; }
    }

    /** An event type this version does not know: kept opaque, counted, and reported by validate. */
    record Unknown(long timestamp, int type, JsonNode data) implements RecordedEvent {}
}
