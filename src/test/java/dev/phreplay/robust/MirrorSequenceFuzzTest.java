package dev.phreplay.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.phreplay.dom.DomDump;
import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorInvariants;
import dev.phreplay.dom.MirrorSnapshot;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Structured mirror fuzzing: event sequences built from the fuzzer's choices that reference
 * existing and missing ids, attach a node under its own descendant, remove a node twice, nest
 * deep, carry huge attribute values and text, and interleave full snapshots. After every event the
 * mirror's invariants hold; copies and dumps work. Seeds: MirrorSequenceFuzzTestInputs.
 */
class MirrorSequenceFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void hostileSequencesKeepTheMirrorSound(FuzzedDataProvider data) throws IOException {
        Sequence sequence = new Sequence(data);
        Mirror mirror = new Mirror();
        int steps = data.consumeInt(1, 40);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            String json = sequence.next(i);
            try {
                mirror.apply(new RawEvent(i, i, json.getBytes(StandardCharsets.UTF_8)).decode());
            } catch (EventDecodeException e) {
                continue;
            }
            MirrorInvariants.check(mirror);
        }
        Mirror copy = mirror.copy();
        MirrorInvariants.check(copy);
        try (var g = DomDump.generator(OutputStream.nullOutputStream())) {
            DomDump.writeSnapshot(g, steps, copy);
        }
        // A checkpoint's compact snapshot survives the same hostile trees (deep, cyclic attempts, huge values).
        MirrorInvariants.check(MirrorSnapshot.of(mirror).restore());
    }

    /** Builds one event at a time; {@code ids} are the ids handed out so far (existing, or removed since). */
    private static final class Sequence {
        private final FuzzedDataProvider data;
        private final List<Integer> ids = new ArrayList<>();
        private int nextId = 1;

        Sequence(FuzzedDataProvider data) {
            this.data = data;
        }

        String next(int timestamp) {
            return switch (data.consumeInt(0, 9)) {
                case 0 -> fullSnapshot(timestamp);
                case 1, 2 -> mutation(timestamp, "\"adds\":[" + add(anyId(), null) + "]");
                case 3 -> mutation(timestamp, "\"adds\":[" + underOwnDescendant() + "]");
                case 4 -> {
                    String removal = "{\"parentId\":" + anyId() + ",\"id\":" + anyId() + "}";
                    yield mutation(timestamp, "\"removes\":[" + removal + "," + removal + "]");
                }
                case 5 -> mutation(timestamp, "\"attributes\":[{\"id\":" + anyId() + ",\"attributes\":{\""
                        + name() + "\":" + value() + ",\"style\":{\"color\":" + value() + "}}}]");
                case 6 -> mutation(timestamp, "\"texts\":[{\"id\":" + anyId() + ",\"value\":" + value() + "}]");
                case 7 -> mutation(timestamp, "\"adds\":[" + add(anyId(), chain(data.consumeInt(1, 900))) + "]");
                case 8 -> incremental(timestamp, data.pickValue(new int[] {1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}),
                        "\"id\":" + anyId() + ",\"x\":" + data.consumeInt() + ",\"y\":" + data.consumeInt() + ",\"type\":"
                        + data.consumeInt(0, 10) + ",\"text\":" + value() + ",\"isChecked\":" + data.consumeBoolean()
                        + ",\"positions\":[{\"x\":1,\"y\":2,\"id\":" + anyId() + ",\"timeOffset\":0}]");
                default -> "{\"type\":4,\"timestamp\":" + timestamp + ",\"data\":{\"href\":\"https://x/\",\"width\":"
                        + data.consumeInt() + ",\"height\":" + data.consumeInt() + "}}";
            };
        }

        private String fullSnapshot(int timestamp) {
            ids.clear();
            nextId = 1;
            int document = fresh();
            int html = fresh();
            int body = fresh();
            return "{\"type\":2,\"timestamp\":" + timestamp + ",\"data\":{\"node\":{\"type\":0,\"id\":" + document
                    + ",\"childNodes\":[{\"type\":2,\"tagName\":\"html\",\"attributes\":{},\"id\":" + html + ",\"childNodes\":["
                    + "{\"type\":2,\"tagName\":\"body\",\"attributes\":{},\"id\":" + body + ",\"childNodes\":["
                    + chain(data.consumeInt(0, 50)) + "]}]}]},\"initialOffset\":{\"top\":0,\"left\":0}}}";
        }

        /** Adds a node that already holds {@code parent} (an ancestor re-attached under its descendant). */
        private String underOwnDescendant() {
            if (ids.size() < 2) {
                return add(anyId(), null);
            }
            int ancestor = ids.get(data.consumeInt(0, ids.size() - 1));
            int descendant = ids.get(data.consumeInt(0, ids.size() - 1));
            return "{\"parentId\":" + descendant + ",\"nextId\":" + nullableId() + ",\"node\":{\"type\":2,\"tagName\":\"div\","
                    + "\"attributes\":{},\"id\":" + ancestor + ",\"childNodes\":[]}}";
        }

        private String add(int parent, String children) {
            int type = data.pickValue(new int[] {2, 2, 3, 5, 4, 0, 1});
            int id = data.consumeBoolean() ? fresh() : anyId();
            String node = switch (type) {
                case 2 -> "{\"type\":2,\"tagName\":" + tag() + ",\"attributes\":{\"" + name() + "\":" + value() + "},\"id\":" + id
                        + ",\"childNodes\":[" + (children == null ? "" : children) + "]}";
                case 0 -> "{\"type\":0,\"id\":" + id + ",\"childNodes\":[]}";
                case 1 -> "{\"type\":1,\"name\":\"html\",\"publicId\":\"\",\"systemId\":\"\",\"id\":" + id + "}";
                default -> "{\"type\":" + type + ",\"textContent\":" + value() + ",\"id\":" + id + "}";
            };
            return "{\"parentId\":" + parent + ",\"nextId\":" + nullableId() + (data.consumeBoolean() ? ",\"previousId\":" + anyId() : "")
                    + ",\"node\":" + node + "}";
        }

        /** Elements nested {@code depth} deep, with fresh ids. */
        private String chain(int depth) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                out.append("{\"type\":2,\"tagName\":\"div\",\"attributes\":{},\"id\":").append(fresh()).append(",\"childNodes\":[");
            }
            return out.append("]}".repeat(depth)).toString();
        }

        /** A Mutation whose {@code body} sets one of its four lists; the other three are empty. */
        private String mutation(int timestamp, String body) {
            StringBuilder fields = new StringBuilder(body);
            for (String key : List.of("texts", "attributes", "removes", "adds")) {
                if (!body.startsWith("\"" + key + "\"")) {
                    fields.append(",\"").append(key).append("\":[]");
                }
            }
            return incremental(timestamp, 0, fields.toString());
        }

        private static String incremental(int timestamp, int source, String body) {
            return "{\"type\":3,\"timestamp\":" + timestamp + ",\"data\":{\"source\":" + source + "," + body + "}}";
        }

        private int fresh() {
            int id = nextId++;
            ids.add(id);
            return id;
        }

        /** An id handed out before, or one never seen (missing), or an odd one. */
        private int anyId() {
            if (!ids.isEmpty() && data.consumeInt(0, 3) > 0) {
                return ids.get(data.consumeInt(0, ids.size() - 1));
            }
            return data.pickValue(new int[] {-1, 0, nextId + 1, Integer.MAX_VALUE, data.consumeInt()});
        }

        private String nullableId() {
            return data.consumeBoolean() ? "null" : String.valueOf(anyId());
        }

        private String tag() {
            return quote(data.pickValue(new String[] {"div", "iframe", "svg", "style", "input", "select", "option", "textarea",
                "canvas", "video", "slot", "template", "script", "noscript", "link", "img", "DIV", "", "a b"}));
        }

        private String name() {
            return data.pickValue(new String[] {"class", "style", "value", "src", "href", "rr_dataURL", "checked", "selected",
                "_cssText", "rr_scrollTop", "on\"click", "xlink:href", ""});
        }

        private String value() {
            return switch (data.consumeInt(0, 4)) {
                case 0 -> quote("x".repeat(data.consumeInt(0, 100_000)));
                case 1 -> data.pickValue(new String[] {"null", "true", "false", "1e400", "-0", "[]", "{}", "\"\\ud800\""});
                default -> quote(data.consumeString(64));
            };
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
