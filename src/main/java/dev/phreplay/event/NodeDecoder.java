package dev.phreplay.event;

import static dev.phreplay.event.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes rrweb's serialised nodes. Recursion depth is bounded by {@link Json#MAX_NESTING_DEPTH},
 * which the parser enforces before a tree ever reaches this class.
 */
public final class NodeDecoder {
    private NodeDecoder() {}

    public static SerializedNode decode(JsonNode json, String path) throws EventDecodeException {
        if (json == null || !json.isObject()) {
            throw new EventDecodeException(path, "expected a node object");
        }
        int type = requiredInt(json, "type", path + ".");
        int id = requiredInt(json, "id", path + ".");
        Integer rootId = optionalInt(json, "rootId");
        boolean isShadow = isTrue(json, "isShadow");
        return switch (type) {
            case 0 -> new SerializedNode.Document(id, children(json, path), optionalString(json, "compatMode"), rootId);
            case 1 -> new SerializedNode.Doctype(id, stringOr(json, "name", ""), stringOr(json, "publicId", ""),
                    stringOr(json, "systemId", ""), rootId, isShadow);
            case 2 -> element(json, id, rootId, isShadow, path);
            case 3 -> new SerializedNode.Text(id, stringOr(json, "textContent", ""), isTrue(json, "isStyle"), rootId, isShadow);
            case 4 -> new SerializedNode.Cdata(id, stringOr(json, "textContent", ""), rootId, isShadow);
            case 5 -> new SerializedNode.Comment(id, stringOr(json, "textContent", ""), rootId, isShadow);
            default -> throw new EventDecodeException(path + ".type", "unknown node type " + type);
        };
    }

    private static SerializedNode.Element element(JsonNode json, int id, Integer rootId, boolean isShadow, String path)
            throws EventDecodeException {
        JsonNode tag = json.get("tagName");
        if (tag == null || !tag.isTextual()) {
            throw new EventDecodeException(path + ".tagName", tag == null ? "missing" : "expected a string");
        }
        String tagName = tag.textValue();
        var flags = new SerializedNode.ElementFlags(isTrue(json, "isSVG"), isTrue(json, "isShadowHost"),
                isTrue(json, "isCustom"), isTrue(json, "needBlock"));
        return new SerializedNode.Element(id, tagName, attributes(json.get("attributes"), tagName), children(json, path),
                flags, rootId, isShadow);
    }

    /** rrweb's first-pass attribute rules that concern values only: null skipped, true → "". */
    static Map<String, String> attributes(JsonNode json, String tagName) {
        if (json == null || !json.isObject() || json.isEmpty()) {
            return Map.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            if (value.isBoolean() && !value.booleanValue() && "selected".equals(entry.getKey()) && "option".equals(tagName)) {
                continue;
            }
            String text = value.isBoolean() && value.booleanValue() ? "" : scalarText(value);
            attributes.put(entry.getKey(), text != null ? text : value.toString());
        }
        return Collections.unmodifiableMap(attributes);
    }

    private static List<SerializedNode> children(JsonNode json, String path) throws EventDecodeException {
        JsonNode children = json.get("childNodes");
        if (children == null || children.isNull() || children.isEmpty()) {
            return List.of();
        }
        if (!children.isArray()) {
            throw new EventDecodeException(path + ".childNodes", "expected an array");
        }
        List<SerializedNode> nodes = new ArrayList<>(children.size());
        int index = 0;
        for (JsonNode child : children) {
            nodes.add(decode(child, path + ".childNodes[" + index++ + "]"));
        }
        return Collections.unmodifiableList(nodes);
    }

    private static String stringOr(JsonNode json, String name, String fallback) {
        String value = optionalString(json, name);
        return value == null ? fallback : value;
    }
}
