package dev.phreplay.replay;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** Random rrweb windows for seeking tests, with the JSON shapes the decoder reads. */
final class SyntheticEvents {
    private SyntheticEvents() {}

    static RawEvent meta(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":4,\"data\":{\"href\":\"https://x/" + index + "\",\"width\":" + (800 + index)
                + ",\"height\":600},\"timestamp\":" + timestamp + "}");
    }

    static RawEvent fullSnapshot(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":" + (index + 1)
                + ",\"childNodes\":[]},\"initialOffset\":{\"top\":0,\"left\":0}},\"timestamp\":" + timestamp + "}");
    }

    static RawEvent mouseMove(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":" + index
                + ",\"y\":1,\"id\":1,\"timeOffset\":0}]},\"timestamp\":" + timestamp + "}");
    }

    static RawEvent mutation(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":3,\"data\":{\"source\":0,\"texts\":[{\"id\":" + index
                + ",\"value\":\"t" + index + "\"}],\"attributes\":[],\"removes\":[],\"adds\":[]},\"timestamp\":" + timestamp + "}");
    }

    static RawEvent custom(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":5,\"data\":{\"tag\":\"t\",\"payload\":{\"n\":" + index + "}},\"timestamp\":"
                + timestamp + "}");
    }

    /** An incremental without a source: the decoder rejects it, so replay must skip it every time. */
    static RawEvent broken(int index, long timestamp) {
        return raw(index, timestamp, "{\"type\":3,\"data\":{\"n\":" + index + "},\"timestamp\":" + timestamp + "}");
    }

    static RawEvent raw(int index, long timestamp, String json) {
        return new RawEvent(index, timestamp, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A window of {@code count} events in timestamp order: a few events before the first full
     * snapshot, then a mix with repeated timestamps, long quiet gaps and more full snapshots.
     */
    static List<RawEvent> window(Random random, int count) {
        List<RawEvent> events = new ArrayList<>();
        long timestamp = 1_700_000_000_000L + random.nextInt(1000);
        int beforeFirstSnapshot = random.nextInt(4);
        for (int index = 0; index < count; index++) {
            if (index > 0) {
                timestamp += gap(random);
            }
            RawEvent event = index < beforeFirstSnapshot ? (index == 0 ? meta(index, timestamp) : custom(index, timestamp))
                    : index == beforeFirstSnapshot ? fullSnapshot(index, timestamp) : any(random, index, timestamp);
            events.add(event);
        }
        return events;
    }

    private static long gap(Random random) {
        int roll = random.nextInt(100);
        if (roll < 25) {
            return 0;
        }
        return roll < 95 ? random.nextInt(400) : 5_000 + random.nextInt(30_000);
    }

    private static RawEvent any(Random random, int index, long timestamp) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return fullSnapshot(index, timestamp);
        }
        if (roll < 5) {
            return meta(index, timestamp);
        }
        if (roll < 7) {
            return broken(index, timestamp);
        }
        if (roll < 15) {
            return custom(index, timestamp);
        }
        return roll < 55 ? mouseMove(index, timestamp) : mutation(index, timestamp);
    }

    /** The trace of replaying, from the start, the events (already in timeline order) before {@code count}. */
    static TraceState replay(List<RawEvent> ordered, int count) {
        TraceState state = new TraceState();
        for (int i = 0; i < count; i++) {
            Decoded.apply(state, ordered.get(i));
        }
        return state;
    }

    static EventCursor cursor(List<RawEvent> events) {
        Iterator<RawEvent> iterator = List.copyOf(events).iterator();
        return new EventCursor() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public RawEvent next() {
                return iterator.next();
            }

            @Override
            public void close() {}
        };
    }
}
