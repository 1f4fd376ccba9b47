package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/manifest.schema.json and the reader agree: every required field is enforced at its path. */
class ManifestSchemaTest {
    static final Path SCHEMA = Path.of("docs/manifest.schema.json");

    @Test
    void everyFieldTheSchemaRequiresIsRequiredByTheReader() throws Exception {
        JsonNode schema = Json.mapper().readTree(SCHEMA.toFile());
        ObjectNode good = (ObjectNode) Json.mapper().readTree(TestPackages.entries(Path.of("sample-packages/multi-window.phreplay"))
                .get(Manifest.PATH));
        assertTrue(ManifestReader.read(Json.mapper().writeValueAsBytes(good)).findings().isEmpty());
        List<String> paths = new ArrayList<>();
        required(schema, "$", paths);
        assertTrue(paths.size() >= 25, paths::toString);
        for (String path : paths) {
            ObjectNode copy = good.deepCopy();
            remove(copy, path);
            List<Finding> findings = ManifestReader.read(Json.mapper().writeValueAsBytes(copy)).findings();
            assertTrue(findings.stream().anyMatch(f -> f.code().equals(FindingCode.MANIFEST_SCHEMA) && f.location().equals(path)),
                    path + " removed gives " + findings);
        }
    }

    @Test
    void theSchemaVersionPatternAndReaderAgree() throws Exception {
        JsonNode schema = Json.mapper().readTree(SCHEMA.toFile());
        assertEquals("^1\\.[0-9]{1,4}$", schema.path("properties").path("formatVersion").path("pattern").asText());
        assertTrue(Manifest.VERSION.matches(schema.path("properties").path("formatVersion").path("pattern").asText()));
        assertEquals(Manifest.FORMAT, schema.path("properties").path("format").path("const").asText());
    }

    /** The JSON paths of every required field, walking objects and the first item of arrays. */
    private static void required(JsonNode schema, String at, List<String> paths) {
        for (JsonNode name : schema.path("required")) {
            paths.add(at + "." + name.asText());
        }
        schema.path("properties").properties().forEach(p -> {
            JsonNode property = p.getValue();
            String path = at + "." + p.getKey();
            if (property.has("required")) {
                required(property, path, paths);
            } else if (property.path("items").has("required")) {
                required(property.get("items"), path + "[0]", paths);
            }
        });
    }

    private static void remove(ObjectNode root, String path) {
        String[] parts = path.substring(2).split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        ((ObjectNode) node).remove(parts[parts.length - 1]);
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("[0]")) {
            return node.get(part.substring(0, part.length() - 3)).get(0);
        }
        return node.get(part);
    }
}
