package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Cleans free text: values known to identify the person (learned from the metadata), URL parameters,
 * then every pattern. Used for text nodes, attributes, console lines, network data, custom payloads.
 */
final class Scrubber {
    static final String PERSON_RULE = "person";
    /** Keys whose values are binary or style data, where patterns would only corrupt. */
    private static final Set<String> OPAQUE_KEYS = Set.of("base64", "_cssText", "rr_dataURL", "cssTexts", "fontSource", "buffer");

    private final java.util.List<TextPattern> patterns;
    private final UrlParameters urlParameters;
    private final Tally tally;
    /** Identifying values from the metadata and what replaces them (longest first). */
    private final Map<String, String> known = new LinkedHashMap<>();

    Scrubber(RedactionRules rules, Tally tally) {
        this.patterns = rules.patterns();
        this.urlParameters = new UrlParameters(rules.urlParameters());
        this.tally = tally;
    }

    Tally tally() {
        return tally;
    }

    /** From now on, any occurrence of {@code value} in any text is replaced (values under 4 characters are ignored). */
    void learn(String value, String replacement) {
        if (value != null && value.length() >= 4 && !value.equals(replacement)) {
            known.putIfAbsent(value, replacement);
        }
    }

    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> entry : known.entrySet()) {
            if (result.contains(entry.getKey())) {
                int occurrences = count(result, entry.getKey());
                result = result.replace(entry.getKey(), entry.getValue());
                tally.count(PERSON_RULE, occurrences);
            }
        }
        result = urlParameters.strip(result, tally);
        for (TextPattern pattern : patterns) {
            result = pattern.apply(result, tally);
        }
        return result;
    }

    /** Scrubs every string value inside {@code node}, in place, skipping binary and style data. */
    void tree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (OPAQUE_KEYS.contains(field.getKey())) {
                    continue;
                }
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    String cleaned = scrubValue(value.textValue());
                    if (!cleaned.equals(value.textValue())) {
                        field.setValue(TextNode.valueOf(cleaned));
                    }
                } else {
                    tree(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    String cleaned = scrubValue(value.textValue());
                    if (!cleaned.equals(value.textValue())) {
                        array.set(i, TextNode.valueOf(cleaned));
                    }
                } else {
                    tree(value);
                }
            }
        }
    }

    private String scrubValue(String value) {
        return value.startsWith("data:") ? value : text(value);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
