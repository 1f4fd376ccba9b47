package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static CollectingSink out;
    private static Tally tally;
    private static List<JsonNode> events;

    @BeforeAll
    static void redactPlantedRecording() throws Exception {
        RedactionRules rules = RedactionRules.parse(PlantedRecording.RULES.getBytes(StandardCharsets.UTF_8), "rules.json");
        out = new CollectingSink();
        tally = new Redactor(rules).redact(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8), out);
        events = out.windows.get("window-1").stream().map(RedactorTest::tree).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void noPlantedSecretSurvivesAnywhere() {
        String all = out.everything();
        for (String secret : PlantedRecording.SECRETS) {
            assertFalse(all.contains(secret), () -> "secret survived: " + secret + "\n" + all);
        }
    }

    @Test
    void unredactedTextIsKept() {
        String all = out.everything();
        for (String kept : PlantedRecording.KEPT) {
            assertTrue(all.contains(kept), () -> "lost: " + kept + "\n" + all);
        }
    }

    @Test
    void everyEventIsWrittenUncompressed() {
        assertEquals(PlantedRecording.events().size(), events.size());
        events.forEach(e -> assertFalse(e.has("cv"), e::toString));
        assertTrue(events.get(13).get("data").isObject(), "the compressed snapshot is expanded");
        assertTrue(events.get(12).path("data").path("adds").isArray(), "the compressed mutation is expanded");
    }

    @Test
    void maskedTextIsStarredKeepingWhitespace() {
        JsonNode body = body(events.get(1));
        JsonNode masked = body.get("childNodes").get(0);
        assertEquals("****** ******* ****", masked.get("childNodes").get(0).get("textContent").asText());
        JsonNode span = masked.get("childNodes").get(1);
        assertEquals("****** ***** ****", span.get("attributes").get("title").asText());
        assertEquals("****** ****** ****", span.get("childNodes").get(0).get("textContent").asText());
    }

    @Test
    void blockedElementBecomesASizedPlaceholderWithoutChildren() {
        JsonNode vault = body(events.get(1)).get("childNodes").get(1);
        assertEquals("div", vault.get("tagName").asText());
        assertEquals(Map.of("class", "rr-block", "rr_width", "120px", "rr_height", "40px"),
                Json.mapper().convertValue(vault.get("attributes"), Map.class));
        assertEquals(0, vault.get("childNodes").size());
    }

    @Test
    void mutationsUnderBlockedOrMaskedNodesAreDroppedOrMasked() {
        JsonNode data = events.get(2).get("data");
        List<Integer> addedIds = ids(data.get("adds"), "node");
        assertFalse(addedIds.contains(31), "add under a blocked element is dropped");
        assertFalse(addedIds.contains(32), "add under a dropped add is dropped");
        assertFalse(addedIds.contains(42), "add under an element blocked on insertion is dropped");
        assertTrue(addedIds.containsAll(List.of(30, 33, 34, 40, 41)), addedIds::toString);
        JsonNode lateBlock = find(data.get("adds"), 41).get("node");
        assertEquals("rr-block", lateBlock.get("attributes").get("class").asText());
        assertEquals("50%", lateBlock.get("attributes").get("rr_width").asText());
        assertEquals("*****", find(data.get("adds"), 30).get("node").get("textContent").asText().substring(0, 5));
        assertTrue(data.get("removes").isEmpty(), "removing a child of a blocked element is dropped");
        assertEquals(List.of(21, 19), ids(data.get("attributes"), null), "the blocked element's attribute change is dropped");
        assertFalse(data.get("attributes").get(0).get("attributes").has("data-user-email"));
        assertEquals("*****************", data.get("attributes").get(1).get("attributes").get("value").asText());
    }

    @Test
    void anElementThatStartsToMatchABlockSelectorIsBlockedFromThenOn() {
        assertTrue(events.get(3).get("data").get("attributes").isEmpty());
        JsonNode after = events.get(4).get("data");
        assertTrue(after.get("adds").isEmpty());
        assertTrue(after.get("texts").isEmpty());
    }

    @Test
    void maskedTextStaysMaskedAfterItMovesOut() {
        JsonNode moved = events.get(5).get("data").get("adds").get(0).get("node");
        assertEquals("********* ******", moved.get("textContent").asText());
    }

    @Test
    void inputValuesAreMaskedOnePerCharacterButButtonLabelsAreKept() {
        JsonNode body = body(events.get(1));
        assertEquals("****************", body.get("childNodes").get(4).get("attributes").get("value").asText());
        assertEquals("Send", body.get("childNodes").get(5).get("attributes").get("value").asText());
        assertEquals("*".repeat("hunter2-password-more".length()), events.get(6).get("data").get("text").asText());
        assertEquals("*".repeat("unknown-input-secret".length()), events.get(7).get("data").get("text").asText());
        JsonNode textarea = body.get("childNodes").get(7);
        assertEquals("*".repeat(20), textarea.get("childNodes").get(0).get("textContent").asText());
    }

    @Test
    void networkHeadersAndBodiesFollowTheRules() {
        JsonNode requests = events.get(9).get("data").get("payload").get("requests");
        JsonNode login = requests.get(0);
        assertEquals("https://api.example/api/login?lang=en", login.get("name").asText());
        assertEquals(List.of("Content-Type", "X-Trace"), fieldNames(login.get("requestHeaders")));
        assertEquals(List.of("content-type"), fieldNames(login.get("responseHeaders")));
        assertFalse(login.has("requestBody"));
        assertFalse(login.has("responseBody"));
        JsonNode profile = requests.get(1);
        assertTrue(profile.get("responseBody").asText().matches("[* ]+"), profile::toString);
        assertEquals("{\"q\":\"card ****************\"}", profile.get("requestBody").asText(), "an unmatched body is scrubbed");
    }

    @Test
    void personMetadataIsPseudonymisedAndMasked() {
        JsonNode metadata = tree(new String(out.metadata, StandardCharsets.UTF_8));
        JsonNode person = metadata.get("person");
        assertEquals("redacted-distinct-id-1", person.get("distinct_ids").get(0).asText());
        assertEquals("**** * ***", person.get("name").asText());
        assertEquals("Mac OS X", person.get("properties").get("$initial_os").asText());
        assertEquals("https://shop.example/", metadata.get("start_url").asText());
        assertEquals("redacted-distinct-id-1", events.get(10).get("data").get("payload").get("distinct_id").asText(),
                "the distinct id is replaced in events too");
    }

    @Test
    void countsArePerRuleWithEntriesAndEvents() {
        Map<String, Long> counts = tally.counts();
        for (String rule : List.of("maskText", "block", "maskInput", "dropAttribute", "urlParameter", "dropHeader", "networkBody",
                "person", "pattern:email", "pattern:card", "pattern:phone", "pattern:jwt", "pattern:apiKey")) {
            assertTrue(counts.getOrDefault(rule, 0L) > 0, () -> rule + " missing in " + counts);
        }
        assertEquals(2, counts.get("dropHeader"), "Authorization and set-cookie, nothing else");
        assertEquals(3, counts.get("networkBody"));
        Tally.RuleCount headers = tally.rules().stream().filter(r -> r.rule().equals("dropHeader")).findFirst().orElseThrow();
        assertEquals(Map.of("windows/0.jsonl", 2L), headers.byEntry());
        assertEquals(List.of(new Tally.EventHit("window-1", "windows/0.jsonl", 9, 2)), headers.events());
        Tally.RuleCount person = tally.rules().stream().filter(r -> r.rule().equals("person")).findFirst().orElseThrow();
        assertNotNull(person.byEntry().get("metadata.json"));
    }

    @Test
    void previewCountsWhatRedactWouldRemove() throws Exception {
        RedactionRules rules = RedactionRules.parse(PlantedRecording.RULES.getBytes(StandardCharsets.UTF_8), "rules.json");
        Tally preview = new Redactor(rules).preview(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8));
        assertEquals(tally.counts(), preview.counts());
    }

    @Test
    void aCorruptCompressedFieldNamesTheWindowAndEvent() {
        String broken = "{\"type\":2,\"data\":\"not gzip\",\"timestamp\":1,\"cv\":\"2024-10\"}";
        RedactionException e = org.junit.jupiter.api.Assertions.assertThrows(RedactionException.class,
                () -> new Redactor(RedactionRules.defaults()).preview(new ListRecording().window("w", List.of("{\"type\":4,\"data\":{},\"timestamp\":0}", broken)), null));
        assertTrue(e.getMessage().startsWith("window w event 1: data: compressed value is not gzip JSON"), e.getMessage());
    }

    private static JsonNode body(JsonNode snapshot) {
        return snapshot.get("data").get("node").get("childNodes").get(1).get("childNodes").get(1);
    }

    private static List<Integer> ids(JsonNode array, String inner) {
        List<Integer> ids = new java.util.ArrayList<>();
        array.forEach(item -> ids.add((inner == null ? item : item.get(inner)).get("id").asInt()));
        return ids;
    }

    private static JsonNode find(JsonNode adds, int id) {
        for (JsonNode add : adds) {
            if (add.get("node").get("id").asInt() == id) {
                return add;
            }
        }
        throw new AssertionError("no add for " + id);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
