package dev.phreplay.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventType;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The clean-up PostHog's player applies to a window before playback (posthog-formats.md §2.6),
 * applied while streaming the window's events, which arrive sorted by timestamp (stably:
 * {@link WindowSpool}): exact duplicates (same timestamp, same JSON but for {@code delay})
 * dropped, and a Meta event inserted before a full snapshot that has none since the previous one,
 * when its size can be derived. Mutation chunking is not needed: the mirror applies large
 * mutations whole.
 */
final class Cleanup implements EventCursor {
    /** What a pass found, for the import's warnings. */
    static final class Counts {
        long duplicates;
        List<Long> metaMissingAt = new ArrayList<>();
    }

    private final Iterator<ImportCollector.Collected> events;
    private final byte[] firstResize;
    private final String fallbackHref;
    private final Counts counts = new Counts();
    private final ArrayDeque<RawEvent> ready = new ArrayDeque<>(2);
    private final List<byte[]> sameTime = new ArrayList<>();
    private long sameTimeStamp = Long.MIN_VALUE;
    private boolean metaSinceFull;
    private String lastHref;
    private int index;

    Cleanup(Iterator<ImportCollector.Collected> events, byte[] firstResize, String fallbackHref) {
        this.events = events;
        this.firstResize = firstResize;
        this.fallbackHref = fallbackHref;
    }

    /** Runs the clean-up over a whole window once and says what it changed. */
    static Counts count(Cleanup cleanup) {
        while (cleanup.hasNext()) {
            cleanup.next();
        }
        return cleanup.counts;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && events.hasNext()) {
            accept(events.next());
        }
        return !ready.isEmpty();
    }

    @Override
    public RawEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    @Override
    public void close() {
        while (events.hasNext()) {
            events.next();
        }
    }

    private void accept(ImportCollector.Collected event) {
        if (isDuplicate(event)) {
            counts.duplicates++;
            return;
        }
        if (event.type() == EventType.META) {
            metaSinceFull = true;
            lastHref = href(tree(event.json()), lastHref);
        } else if (event.type() == EventType.FULL_SNAPSHOT) {
            if (!metaSinceFull) {
                byte[] meta = derivedMeta(event);
                if (meta != null) {
                    ready.add(new RawEvent(index++, event.timestamp(), meta));
                } else {
                    counts.metaMissingAt.add(event.timestamp());
                }
            }
            metaSinceFull = false;
        }
        ready.add(new RawEvent(index++, event.timestamp(), event.json()));
    }

    private boolean isDuplicate(ImportCollector.Collected event) {
        if (event.timestamp() != sameTimeStamp) {
            sameTimeStamp = event.timestamp();
            sameTime.clear();
        }
        byte[] identity = event.identity();
        for (byte[] seen : sameTime) {
            if (Arrays.equals(seen, identity)) {
                return true;
            }
        }
        sameTime.add(identity);
        return false;
    }

    /** A Meta for a full snapshot: the size from a mobile screenshot wireframe or the window's first resize. */
    private byte[] derivedMeta(ImportCollector.Collected full) {
        JsonNode size = wireframeSize(tree(full.json()));
        if (size == null && firstResize != null) {
            size = tree(firstResize).path("data");
        }
        if (size == null || !size.has("width") || !size.has("height")) {
            return null;
        }
        ObjectNode meta = Json.mapper().createObjectNode();
        meta.put("type", EventType.META);
        ObjectNode data = meta.putObject("data");
        String href = lastHref != null ? lastHref : fallbackHref;
        if (href != null) {
            data.put("href", href);
        }
        data.set("width", size.get("width"));
        data.set("height", size.get("height"));
        meta.put("timestamp", full.timestamp());
        try {
            return Json.mapper().writeValueAsBytes(meta);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode wireframeSize(JsonNode full) {
        JsonNode first = full.path("data").path("wireframes").path(0);
        return first.has("width") && first.has("height") ? first : null;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static String href(JsonNode event, String fallback) {
        JsonNode value = event.path("data").get("href");
        return value != null && value.isTextual() ? value.textValue() : fallback;
    }
}
