package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile events never make redaction crash: it either redacts them or reports a
 * {@link RedactionException}; and the output is always JSON again. Without JAZZER_FUZZ the
 * fuzz test replays its seeds; {@link #seedsAreHandled()} runs the same seeds as a plain test.
 */
class EventRedactorFuzzTest {
    private static final List<String> SEEDS = List.of(
            "{\"type\":2,\"data\":{\"node\":[1,2]}}",
            "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[null,1,\"x\",{\"type\":2,\"id\":\"2\"},{\"type\":2,\"id\":3,\"tagName\":5,\"attributes\":[],\"childNodes\":{}}]}}}",
            "{\"type\":3,\"data\":{\"source\":0,\"adds\":[{\"parentId\":\"a\",\"node\":{\"id\":4}},{\"node\":7},1],\"removes\":[1,{\"id\":[]}],\"texts\":[{\"id\":4,\"value\":{}}],\"attributes\":[{\"id\":4,\"attributes\":{\"style\":{\"color\":\"red\"},\"x\":null}}]}}",
            "{\"type\":3,\"data\":{\"source\":5,\"id\":{},\"text\":7}}",
            "{\"type\":3,\"data\":{\"source\":9,\"id\":4,\"commands\":\"x\"}}",
            "{\"type\":6,\"data\":{\"plugin\":\"rrweb/network@1\",\"payload\":{\"requests\":[1,{\"requestHeaders\":[],\"responseBody\":{\"a\":\"jane@x.io\"}}]}}}",
            "{\"type\":6,\"data\":{\"plugin\":\"rrweb/console@1\",\"payload\":\"jane@x.io\"}}",
            "{\"type\":2,\"data\":\"\\u001f\\u008b\",\"cv\":\"2024-10\"}",
            "{\"type\":3,\"data\":{\"source\":0,\"texts\":\"\\u0100\"},\"cv\":\"2024-10\"}",
            "{\"type\":\"x\",\"data\":\"token=1?code=2\"}",
            "{\"cv\":5}");

    @Test
    void seedsAreHandled() throws IOException {
        EventRedactor redactor = new EventRedactor(RedactionRules.defaults(), new Scrubber(RedactionRules.defaults(), new Tally()));
        for (String seed : SEEDS) {
            redactOrReport(redactor, seed);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anySequenceOfEventsIsRedactedOrReported(FuzzedDataProvider data) throws IOException {
        EventRedactor redactor = new EventRedactor(RedactionRules.defaults(), new Scrubber(RedactionRules.defaults(), new Tally()));
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            String json = i % 2 == 0 ? SEEDS.get(data.consumeInt(0, SEEDS.size() - 1)) : data.consumeString(400);
            redactOrReport(redactor, json);
        }
    }

    private static void redactOrReport(EventRedactor redactor, String json) throws IOException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (IOException notJson) {
            return;
        }
        if (!(tree instanceof ObjectNode event)) {
            return;
        }
        try {
            redactor.redact(event);
        } catch (RedactionException reported) {
            assertTrue(reported.getMessage() != null && !reported.getMessage().isBlank());
            return;
        }
        Json.mapper().readTree(Json.mapper().writeValueAsBytes(event));
    }
}
