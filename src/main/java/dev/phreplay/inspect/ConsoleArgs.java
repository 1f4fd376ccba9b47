package dev.phreplay.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders one console argument as the console plugin stringified it: JSON-quoted strings lose
 * their quotes, objects and arrays are parsed and folded to one line ({@code {a: 1, b: {…}}}),
 * anything that is not JSON (mobile strings, {@code [object Object]}) stays as it is.
 */
public final class ConsoleArgs {
    /** Nesting shown before a value folds to {@code {…}} or {@code […]}. */
    static final int MAX_DEPTH = 2;
    static final int MAX_ITEMS = 20;
    static final int MAX_STRING = 200;

    private ConsoleArgs() {}

    public static String render(String raw) {
        if (raw == null) {
            return "null";
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty() || "\"{[".indexOf(trimmed.charAt(0)) < 0) {
            return raw;
        }
        JsonNode parsed;
        try {
            parsed = Json.mapper().readTree(trimmed);
        } catch (Exception notJson) {
            return raw;
        }
        if (parsed == null || parsed.isMissingNode()) {
            return raw;
        }
        if (parsed.isTextual()) {
            return parsed.textValue();
        }
        StringBuilder out = new StringBuilder();
        fold(parsed, 0, out);
        return out.toString();
    }

    private static void fold(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            foldObject(node, depth, out);
        } else if (node.isArray()) {
            foldArray(node, depth, out);
        } else if (node.isTextual()) {
            String text = node.textValue();
            out.append('"').append(text.length() > MAX_STRING ? text.substring(0, MAX_STRING) + "…" : text).append('"');
        } else {
            out.append(node.asText());
        }
    }

    private static void foldObject(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        if (depth >= MAX_DEPTH) {
            out.append("{…}");
            return;
        }
        out.append('{');
        int shown = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (shown == MAX_ITEMS) {
                out.append(", …");
                break;
            }
            out.append(shown++ == 0 ? "" : ", ").append(field.getKey()).append(": ");
            fold(field.getValue(), depth + 1, out);
        }
        out.append('}');
    }

    private static void foldArray(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        if (depth >= MAX_DEPTH) {
            out.append("[…").append(node.size()).append("]");
            return;
        }
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i == MAX_ITEMS) {
                out.append(", …");
                break;
            }
            out.append(i == 0 ? "" : ", ");
            fold(node.get(i), depth + 1, out);
        }
        out.append(']');
    }
}
