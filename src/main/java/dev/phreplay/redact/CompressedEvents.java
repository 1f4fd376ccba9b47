package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Expands PostHog's compressed events ({@code cv: "2024-10"}): the compressed fields hold gzip bytes
 * written as one latin-1 character per byte. The event is rewritten uncompressed, without {@code cv},
 * so its content can be redacted and the output's bytes can be checked.
 */
final class CompressedEvents {
    static final String VERSION = "2024-10";
    private static final List<String> MUTATION_FIELDS = List.of("texts", "attributes", "removes", "adds");
    private static final List<String> STYLE_RULE_FIELDS = List.of("adds", "removes");

    private CompressedEvents() {}

    /** Expands the event in place if it is compressed. */
    static void expand(ObjectNode event) throws RedactionException {
        JsonNode cv = event.get("cv");
        if (cv == null) {
            return;
        }
        if (!VERSION.equals(cv.asText())) {
            throw new RedactionException("compressed with an unknown version cv=" + cv + "; only \"" + VERSION + "\" is supported");
        }
        int type = event.path("type").asInt(-1);
        JsonNode data = event.get("data");
        if (type == 2 && data != null && data.isTextual()) {
            event.set("data", inflate(data.textValue(), "data"));
        } else if (type == 3 && data instanceof ObjectNode object) {
            int source = object.path("source").asInt(-1);
            List<String> fields = source == 0 ? MUTATION_FIELDS : source == 8 ? STYLE_RULE_FIELDS : List.of();
            for (String field : fields) {
                JsonNode value = object.get(field);
                if (value != null && value.isTextual()) {
                    object.set(field, inflate(value.textValue(), "data." + field));
                }
            }
        }
        event.remove("cv");
    }

    static JsonNode inflate(String latin1, String field) throws RedactionException {
        byte[] bytes = new byte[latin1.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = latin1.charAt(i);
            if (c > 0xFF) {
                throw new RedactionException(field + ": compressed text has a character above U+00FF at offset " + i);
            }
            bytes[i] = (byte) c;
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x28 && (bytes[1] & 0xFF) == 0xB5 && (bytes[2] & 0xFF) == 0x2F && (bytes[3] & 0xFF) == 0xFD) {
            throw new RedactionException(field + ": zstd-compressed fields are not supported");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new RedactionException(field + ": compressed value is not gzip JSON: " + e.getMessage());
        }
    }
}
