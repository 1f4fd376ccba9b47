package dev.phreplay.format.synthetic;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.format.Manifest;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageValidator;
import dev.phreplay.format.Recordings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRecordingTest {
    @TempDir
    Path dir;

    @Test
    void everyEventRefersToNodesThatExistAndTheRecordingHasWhatBenchmarksNeed() throws Exception {
        Path out = dir.resolve("gen.phreplay");
        Manifest manifest = SyntheticRecording.write(new SyntheticOptions(14, 20_000, 0, 3, 0), out, line -> { });
        assertTrue(PackageValidator.validate(out).valid());
        Map<String, Long> sources = manifest.recording().eventCountsByIncrementalSource();
        assertTrue(sources.get("Mutation") >= 19_900, sources::toString);
        for (String source : List.of("MouseMove", "MouseInteraction", "Scroll", "Input", "ViewportResize")) {
            assertTrue(sources.getOrDefault(source, 0L) > 0, source);
        }
        assertEquals(2, manifest.recording().eventCountsByType().get("FullSnapshot"));
        assertTrue(manifest.recording().consoleErrorCount() > 0);
        assertTrue(manifest.recording().networkRequestCount() > 0);
        try (OpenedRecording recording = Recordings.open(out)) {
            checkIdsAndGaps(recording);
        }
    }

    @Test
    void aLimitOnAddedCardsStopsThePageGrowingWithTheMutations() throws Exception {
        assertTrue(peakAddedCards(0) > 1_000, "without a limit more cards are added than removed");
        int limited = peakAddedCards(200);
        assertTrue(limited >= 150 && limited <= 203, "at most 200, and each mutation adds up to 3: " + limited);
    }

    /** The most cards that mutations added (and had not removed) on the page at once. */
    private int peakAddedCards(int maxAdded) throws Exception {
        Path out = dir.resolve("limit-" + maxAdded + ".phreplay");
        SyntheticRecording.write(new SyntheticOptions(14, 20_000, 0, 3, maxAdded), out, line -> { });
        Set<Integer> cards = new HashSet<>();
        int peak = 0;
        try (OpenedRecording recording = Recordings.open(out);
             EventCursor cursor = recording.events(SyntheticRecording.WINDOW)) {
            while (cursor.hasNext()) {
                JsonNode event = Json.mapper().readTree(cursor.next().json());
                JsonNode data = event.path("data");
                if (event.get("type").asInt() == 2) {
                    cards.clear();
                } else if (event.get("type").asInt() == 3 && data.get("source").asInt() == 0) {
                    data.get("removes").forEach(remove -> cards.remove(remove.get("id").asInt()));
                    data.get("adds").forEach(add -> {
                        if (add.at("/node/attributes/class").asText().equals("card toast")) {
                            cards.add(add.at("/node/id").asInt());
                        }
                    });
                    peak = Math.max(peak, cards.size());
                }
            }
        }
        return peak;
    }

    /** Replays the node ids: every add, remove, change and interaction names a node that exists. */
    private static void checkIdsAndGaps(OpenedRecording recording) throws Exception {
        Set<Integer> live = new HashSet<>();
        Map<Integer, Set<Integer>> children = new HashMap<>();
        long previous = -1;
        int gaps = 0;
        int fullSnapshotNodes = 0;
        try (EventCursor cursor = recording.events(SyntheticRecording.WINDOW)) {
            while (cursor.hasNext()) {
                RawEvent raw = cursor.next();
                JsonNode event = Json.mapper().readTree(raw.json());
                gaps += previous >= 0 && raw.timestamp() - previous > 5_000 ? 1 : 0;
                previous = raw.timestamp();
                JsonNode data = event.path("data");
                switch (event.get("type").asInt()) {
                    case 2 -> {
                        live.clear();
                        children.clear();
                        collect(data.get("node"), live, children);
                        fullSnapshotNodes = live.size();
                        raw.decode();
                    }
                    case 3 -> incremental(data, live, children, raw.index());
                    default -> { }
                }
            }
        }
        assertTrue(fullSnapshotNodes > 2_000, "a full snapshot of a few thousand nodes: " + fullSnapshotNodes);
        assertTrue(gaps >= 2, "inactivity gaps over 5 s: " + gaps);
    }

    private static void incremental(JsonNode data, Set<Integer> live, Map<Integer, Set<Integer>> children, int index) {
        switch (data.get("source").asInt()) {
            case 0 -> {
                for (JsonNode text : data.get("texts")) {
                    assertTrue(live.contains(text.get("id").asInt()), "text of a live node at " + index);
                }
                for (JsonNode attribute : data.get("attributes")) {
                    assertTrue(live.contains(attribute.get("id").asInt()), "attribute of a live node at " + index);
                }
                for (JsonNode remove : data.get("removes")) {
                    int id = remove.get("id").asInt();
                    assertTrue(children.getOrDefault(remove.get("parentId").asInt(), Set.of()).contains(id), "remove of a child at " + index);
                    removeTree(id, live, children);
                    children.get(remove.get("parentId").asInt()).remove(id);
                }
                for (JsonNode add : data.get("adds")) {
                    int parent = add.get("parentId").asInt();
                    int id = add.path("node").get("id").asInt();
                    assertTrue(live.contains(parent), "add under a live parent at " + index);
                    assertTrue(live.add(id), "a new id at " + index);
                    children.computeIfAbsent(parent, k -> new HashSet<>()).add(id);
                }
            }
            case 1 -> data.get("positions").forEach(p -> assertTrue(live.contains(p.get("id").asInt())));
            case 2, 5 -> assertTrue(live.contains(data.get("id").asInt()), "interaction with a live node at " + index);
            default -> { }
        }
    }

    private static void collect(JsonNode node, Set<Integer> live, Map<Integer, Set<Integer>> children) {
        live.add(node.get("id").asInt());
        for (JsonNode child : node.path("childNodes")) {
            children.computeIfAbsent(node.get("id").asInt(), k -> new HashSet<>()).add(child.get("id").asInt());
            collect(child, live, children);
        }
    }

    private static void removeTree(int id, Set<Integer> live, Map<Integer, Set<Integer>> children) {
        live.remove(id);
        for (int child : children.getOrDefault(id, Set.of())) {
            removeTree(child, live, children);
        }
        children.remove(id);
    }
}
