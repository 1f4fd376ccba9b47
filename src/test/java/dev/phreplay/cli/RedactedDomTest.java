package dev.phreplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Recordings;
import dev.phreplay.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A redacted package still replays: {@code phreplay dom} works on it, and at several times its DOM
 * equals the original's except where the rules apply (masked text and values, blocked elements).
 */
class RedactedDomTest {
    private static final String RULES = """
            {"maskTextSelectors": ["p", "li", "h1", "span", "dialog", "title", "button"], "blockSelectors": ["img", "video", "canvas", "svg"],
             "patterns": {"builtIn": []}, "urlParameters": []}""";

    @TempDir
    Path folder;

    /** What the comparison saw, so a test that compares nothing fails. */
    static final class Seen {
        int equalNodes;
        int maskedTexts;
        int blocked;
        int maskedValues;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rrweb/input.json", "rrweb/shadow-dom.json", "rrweb/iframe.json", "rrweb/dialog-playback.json",
        "rrweb/video-playback.json", "posthog/derived/export-v2-2023-04-28.ph-recording.json",
        "posthog/derived/blob-v2-lines.compressed-cv-2024-10.jsonl"})
    void theRedactedDomEqualsTheOriginalOutsideRedactedNodes(String fixture) throws Exception {
        Path input = Shared.root().resolve("fixtures").resolve(fixture);
        Path rules = folder.resolve("rules.json");
        Files.writeString(rules, RULES);
        Path original = folder.resolve("original.phreplay");
        Path redacted = folder.resolve("redacted.phreplay");
        assertEquals(0, dev.phreplay.testing.CliRun.run("pack", input.toString(), "-o", original.toString()).exit());
        dev.phreplay.testing.CliRun redact = dev.phreplay.testing.CliRun.run("redact", input.toString(), "--rules", rules.toString(), "-o", redacted.toString());
        assertEquals(0, redact.exit(), redact.err());

        String times = times(original);
        JsonNode before = dom(original, times);
        JsonNode after = dom(redacted, times);
        Seen seen = new Seen();
        assertEquals(before.get("snapshots").size(), after.get("snapshots").size());
        for (int i = 0; i < before.get("snapshots").size(); i++) {
            JsonNode a = before.get("snapshots").get(i);
            JsonNode b = after.get("snapshots").get(i);
            compare(a.get("dom"), b.get("dom"), "t=" + a.get("t") + " ", seen);
            assertEquals(a.get("scroll").get("window"), b.get("scroll").get("window"));
            compareInputs(a.get("inputs"), b.get("inputs"), seen);
        }
        assertTrue(seen.equalNodes > 10, "compared " + seen.equalNodes + " nodes");
        assertTrue(seen.maskedTexts + seen.blocked + seen.maskedValues > 0, fixture + ": the rules changed nothing to compare");
    }

    private JsonNode dom(Path recording, String times) throws Exception {
        Path out = folder.resolve(recording.getFileName() + ".dom.json");
        dev.phreplay.testing.CliRun run = dev.phreplay.testing.CliRun.run("dom", recording.toString(), "--at", times, "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        return Json.mapper().readTree(out.toFile());
    }

    /** The start, three points in between and the end of the recording (ms after its first event). */
    private static String times(Path recording) throws Exception {
        long length;
        try (OpenedRecording opened = Recordings.open(recording)) {
            length = opened.manifest().orElseThrow().recording().durationMs();
        }
        List<String> times = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            times.add(Long.toString(Math.max(1, length * i / 4 + (i == 4 ? 1 : 0))));
        }
        return String.join(",", times.stream().distinct().toList());
    }

    private static void compare(JsonNode a, JsonNode b, String path, Seen seen) {
        assertEquals(a.get("type"), b.get("type"), path);
        String type = a.get("type").asText();
        if (type.equals("text") || type.equals("comment") || type.equals("cdata")) {
            String original = a.get("text").asText();
            String redacted = b.get("text").asText();
            if (!original.equals(redacted)) {
                assertEquals(stars(original), redacted, path + ": text differs other than by masking");
                seen.maskedTexts++;
            } else {
                seen.equalNodes++;
            }
            return;
        }
        if (type.equals("element")) {
            assertEquals(a.get("tag"), b.get("tag"), path);
            path = path + "/" + a.get("tag").asText();
            if ("rr-block".equals(b.path("attrs").path("class").asText(null)) && !"rr-block".equals(a.path("attrs").path("class").asText(null))) {
                seen.blocked++;
                assertTrue(b.get("children").isEmpty(), path + ": a blocked element has no children");
                return;
            }
            compareAttributes(a.get("attrs"), b.get("attrs"), path, seen);
            compareChildren(a.get("shadowRoot"), b.get("shadowRoot"), path + "/#shadow-root", seen);
            if (a.has("contentDocument") && !a.get("contentDocument").isNull()) {
                compare(a.get("contentDocument"), b.get("contentDocument"), path + "/#document", seen);
            }
        }
        compareChildren(a.get("children"), b.get("children"), path, seen);
        seen.equalNodes++;
    }

    private static void compareChildren(JsonNode a, JsonNode b, String path, Seen seen) {
        if (a == null || a.isNull()) {
            assertTrue(b == null || b.isNull(), path);
            return;
        }
        assertEquals(a.size(), b.size(), path + ": child count");
        for (int i = 0; i < a.size(); i++) {
            compare(a.get(i), b.get(i), path + "[" + i + "]", seen);
        }
    }

    private static void compareAttributes(JsonNode a, JsonNode b, String path, Seen seen) {
        List<String> names = new ArrayList<>();
        a.fieldNames().forEachRemaining(names::add);
        List<String> redactedNames = new ArrayList<>();
        b.fieldNames().forEachRemaining(redactedNames::add);
        assertEquals(names, redactedNames, path + ": attribute names");
        for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
            String name = it.next();
            String original = a.get(name).asText();
            String redacted = b.get(name).asText();
            if (!original.equals(redacted)) {
                assertTrue(redacted.equals(stars(original)) || redacted.equals("*".repeat(original.length())),
                        path + " @" + name + ": " + original + " -> " + redacted);
                seen.maskedValues++;
            }
        }
    }

    private static void compareInputs(JsonNode a, JsonNode b, Seen seen) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            JsonNode original = a.get(i);
            JsonNode redacted = b.get(i);
            assertEquals(original.get("path"), redacted.get("path"));
            String value = original.path("value").asText("");
            String masked = redacted.path("value").asText("");
            if (!value.equals(masked)) {
                // A select's value must name an option: masked, it has none.
                String expected = original.path("tag").asText().equals("select") ? "" : "*".repeat(value.length());
                assertEquals(expected, masked, original.get("path") + ": value differs other than by masking");
                seen.maskedValues++;
            }
        }
    }

    private static String stars(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(Character.isWhitespace(c) ? Character.toString(c) : "*"));
        return out.toString();
    }
}
