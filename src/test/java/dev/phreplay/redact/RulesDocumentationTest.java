package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/REDACTION.md and the schema say what the code does. */
class RulesDocumentationTest {
    private static final Path DOCS = Path.of("docs");

    @Test
    void theDocumentedDefaultRulesAreTheDefaultRules() throws Exception {
        String doc = Files.readString(DOCS.resolve("REDACTION.md"));
        Matcher block = Pattern.compile("## Default rules.*?```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "a json block under \"## Default rules\"");
        assertEquals(Json.mapper().readTree(RedactionRules.defaultRulesJson()), Json.mapper().readTree(block.group(1)));
    }

    @Test
    void theDocumentedExampleIsAValidRulesFile() throws Exception {
        String doc = Files.readString(DOCS.resolve("REDACTION.md"));
        Matcher block = Pattern.compile("## Rules file.*?```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find());
        RedactionRules rules = RedactionRules.parse(block.group(1).getBytes(), "example");
        assertEquals(3, rules.maskTextSelectors().size());
        assertEquals(6, rules.patterns().size());
    }

    @Test
    void theSchemaKnowsExactlyTheKeysTheParserAccepts() throws Exception {
        JsonNode schema = Json.mapper().readTree(DOCS.resolve("redaction-rules.schema.json").toFile());
        List<String> keys = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        JsonNode defaults = Json.mapper().readTree(RedactionRules.defaultRulesJson());
        defaults.fieldNames().forEachRemaining(key -> assertTrue(keys.contains(key), key));
        for (String key : keys) {
            RedactionRules.parse(("{\"" + key + "\": " + sample(defaults, key) + "}").getBytes(), "schema key " + key);
            if (defaults.get(key) instanceof com.fasterxml.jackson.databind.node.ObjectNode section) {
                List<String> inner = new ArrayList<>();
                schema.get("properties").get(key).get("properties").fieldNames().forEachRemaining(inner::add);
                List<String> actual = new ArrayList<>();
                section.fieldNames().forEachRemaining(actual::add);
                assertEquals(actual.stream().sorted().toList(), inner.stream().sorted().toList(), key);
            }
        }
    }

    private static String sample(JsonNode defaults, String key) {
        JsonNode value = defaults.get(key);
        return value == null ? "\"text\"" : value.toString();
    }
}
