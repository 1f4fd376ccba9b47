package dev.phreplay.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.EventType;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The clean-up PostHog's player applies to a window before playback (posthog-formats.md §2.6):
 * a stable sort by timestamp, exact duplicates (same timestamp, same JSON but for {@code delay})
 * dropped, and a Meta event inserted before a full snapshot that has none, when its size can be
 * derived. Mutation chunking is not needed: the mirror applies large mutations whole.
 */
final class Cleanup {
    private Cleanup() {}

    static List<RawEvent> apply(String windowId, List<ImportCollector.Collected> events, ImportCollector collector) {
        List<ImportCollector.Collected> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(ImportCollector.Collected::timestamp));
        List<ImportCollector.Collected> unique = dropDuplicates(sorted);
        if (unique.size() < sorted.size()) {
            collector.warn(Finding.warning(FindingCode.IMPORT_DUPLICATES_DROPPED, "window " + windowId, null,
                    (sorted.size() - unique.size()) + " exact duplicate event(s) dropped, as PostHog's player does"));
        }
        return withMeta(windowId, unique, collector);
    }

    private static List<ImportCollector.Collected> dropDuplicates(List<ImportCollector.Collected> sorted) {
        List<ImportCollector.Collected> unique = new ArrayList<>(sorted.size());
        int sameTimeStart = 0;
        for (ImportCollector.Collected event : sorted) {
            if (!unique.isEmpty() && unique.getLast().timestamp() != event.timestamp()) {
                sameTimeStart = unique.size();
            }
            boolean duplicate = false;
            for (int i = sameTimeStart; i < unique.size() && !duplicate; i++) {
                duplicate = Arrays.equals(unique.get(i).identity(), event.identity());
            }
            if (!duplicate) {
                unique.add(event);
            }
        }
        return unique;
    }

    private static List<RawEvent> withMeta(String windowId, List<ImportCollector.Collected> events, ImportCollector collector) {
        List<RawEvent> out = new ArrayList<>(events.size() + 2);
        boolean metaSinceFull = false;
        String lastHref = null;
        for (ImportCollector.Collected event : events) {
            if (event.type() == EventType.META) {
                metaSinceFull = true;
                lastHref = text(tree(event), "href", lastHref);
            } else if (event.type() == EventType.FULL_SNAPSHOT) {
                if (!metaSinceFull) {
                    byte[] meta = derivedMeta(event, events, lastHref != null ? lastHref : collector.startUrl());
                    if (meta != null) {
                        out.add(new RawEvent(out.size(), event.timestamp(), meta));
                    } else {
                        collector.warn(Finding.warning(FindingCode.IMPORT_META_MISSING, "window " + windowId, null,
                                "a full snapshot at " + event.timestamp() + " has no Meta event before it and none could be "
                                        + "derived (no viewport size known); the viewport size is unknown"));
                    }
                }
                metaSinceFull = false;
            }
            out.add(new RawEvent(out.size(), event.timestamp(), event.json()));
        }
        return out;
    }

    /** A Meta for a full snapshot: the size from a mobile screenshot wireframe or the window's first resize. */
    private static byte[] derivedMeta(ImportCollector.Collected full, List<ImportCollector.Collected> window, String href) {
        JsonNode size = wireframeSize(tree(full));
        if (size == null) {
            size = window.stream().filter(e -> e.type() == EventType.INCREMENTAL_SNAPSHOT).map(Cleanup::tree)
                    .map(e -> e.path("data")).filter(d -> d.path("source").asInt(-1) == 4 && d.has("width") && d.has("height"))
                    .findFirst().orElse(null);
        }
        if (size == null) {
            return null;
        }
        ObjectNode meta = Json.mapper().createObjectNode();
        meta.put("type", EventType.META);
        ObjectNode data = meta.putObject("data");
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

    private static JsonNode tree(ImportCollector.Collected event) {
        try {
            return Json.mapper().readTree(event.json());
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static String text(JsonNode event, String field, String fallback) {
        JsonNode value = event.path("data").get(field);
        return value != null && value.isTextual() ? value.textValue() : fallback;
    }
}
