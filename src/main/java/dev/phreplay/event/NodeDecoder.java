package dev.phreplay.event;

import static dev.phreplay.event.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import dev.phreplay.util.AttributeMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes rrweb's serialised nodes. The tree is walked with an explicit stack, not recursion, so a
 * hostile nesting depth costs heap, never the thread's stack; a node's JSON path is only spelt out
 * when it is needed for an error.
 */
public final class NodeDecoder {
    private NodeDecoder() {}

    /** A document or element whose children are being decoded. */
    private static final class Open {
        final JsonNode json;
        final int type;
        final int id;
        final int indexInParent;
        final Iterator<JsonNode> pending;
        final List<SerializedNode> children;
        int next;

        Open(JsonNode json, int type, int id, int indexInParent, JsonNode childNodes) {
            this.json = json;
            this.type = type;
            this.id = id;
            this.indexInParent = indexInParent;
            this.pending = childNodes == null ? Collections.emptyIterator() : childNodes.iterator();
            this.children = new ArrayList<>(childNodes == null ? 0 : childNodes.size());
        }
    }

    public static SerializedNode decode(JsonNode json, String path) throws EventDecodeException {
        Deque<Open> open = new ArrayDeque<>();
        SerializedNode root = leafOrOpen(json, -1, open, path);
        if (root != null) {
            return root;
        }
        while (true) {
            Open top = open.peek();
            if (top.pending.hasNext()) {
                int index = top.next++;
                SerializedNode leaf = leafOrOpen(top.pending.next(), index, open, path);
                if (leaf != null) {
                    top.children.add(leaf);
                }
                continue;
            }
            open.pop();
            SerializedNode done = container(top, open, path);
            if (open.isEmpty()) {
                return done;
            }
            open.peek().children.add(done);
        }
    }

    /** Decodes a node without children, or pushes a document or element and returns null. */
    private static SerializedNode leafOrOpen(JsonNode json, int index, Deque<Open> open, String root)
            throws EventDecodeException {
        if (json == null || !json.isObject()) {
            throw new EventDecodeException(path(root, open, index), "expected a node object");
        }
        int type = intField(json, "type", root, open, index);
        int id = intField(json, "id", root, open, index);
        Integer rootId = optionalInt(json, "rootId");
        boolean isShadow = isTrue(json, "isShadow");
        return switch (type) {
            case 0, 2 -> {
                open.push(new Open(json, type, id, index, childNodes(json, index, open, root)));
                yield null;
            }
            case 1 -> new SerializedNode.Doctype(id, stringOr(json, "name", ""), stringOr(json, "publicId", ""),
                    stringOr(json, "systemId", ""), rootId, isShadow);
            case 3 -> new SerializedNode.Text(id, stringOr(json, "textContent", ""), isTrue(json, "isStyle"), rootId, isShadow);
            case 4 -> new SerializedNode.Cdata(id, stringOr(json, "textContent", ""), rootId, isShadow);
            case 5 -> new SerializedNode.Comment(id, stringOr(json, "textContent", ""), rootId, isShadow);
            default -> throw new EventDecodeException(path(root, open, index) + ".type", "unknown node type " + type);
        };
    }

    private static JsonNode childNodes(JsonNode json, int index, Deque<Open> open, String root) throws EventDecodeException {
        JsonNode children = json.get("childNodes");
        if (children == null || children.isNull() || children.isEmpty()) {
            return null;
        }
        if (!children.isArray()) {
            throw new EventDecodeException(path(root, open, index) + ".childNodes", "expected an array");
        }
        return children;
    }

    /** Builds a finished document or element; {@code open} no longer holds it. */
    private static SerializedNode container(Open node, Deque<Open> open, String root) throws EventDecodeException {
        JsonNode json = node.json;
        int id = node.id;
        Integer rootId = optionalInt(json, "rootId");
        List<SerializedNode> children = node.children.isEmpty() ? List.of() : Collections.unmodifiableList(node.children);
        if (node.type == 0) {
            return new SerializedNode.Document(id, children, optionalString(json, "compatMode"), rootId);
        }
        JsonNode tag = json.get("tagName");
        if (tag == null || !tag.isTextual()) {
            throw new EventDecodeException(path(root, open, node.indexInParent) + ".tagName", tag == null ? "missing" : "expected a string");
        }
        String tagName = tag.textValue();
        var flags = new SerializedNode.ElementFlags(isTrue(json, "isSVG"), isTrue(json, "isShadowHost"),
                isTrue(json, "isCustom"), isTrue(json, "needBlock"));
        return new SerializedNode.Element(id, tagName, attributes(json.get("attributes"), tagName), children,
                flags, rootId, isTrue(json, "isShadow"));
    }

    /** A required int field; the path is only built when the field is wrong. */
    private static int intField(JsonNode json, String name, String root, Deque<Open> open, int index) throws EventDecodeException {
        JsonNode value = json.get(name);
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        return requiredInt(json, name, path(root, open, index) + ".");
    }

    /** The JSON path of the child at {@code index} of the innermost open node ({@code -1}: the root itself). */
    private static String path(String root, Deque<Open> open, int index) {
        StringBuilder path = new StringBuilder(root);
        Iterator<Open> outermostFirst = open.descendingIterator();
        if (outermostFirst.hasNext()) {
            outermostFirst.next();
        }
        while (outermostFirst.hasNext()) {
            path.append(".childNodes[").append(outermostFirst.next().indexInParent).append(']');
        }
        if (index >= 0) {
            path.append(".childNodes[").append(index).append(']');
        }
        return path.toString();
    }

    /** rrweb's first-pass attribute rules that concern values only: null skipped, true → "". */
    static Map<String, String> attributes(JsonNode json, String tagName) {
        if (json == null || !json.isObject() || json.isEmpty()) {
            return Map.of();
        }
        AttributeMap attributes = new AttributeMap();
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
        return attributes.readOnly();
    }

    private static String stringOr(JsonNode json, String name, String fallback) {
        String value = optionalString(json, name);
        return value == null ? fallback : value;
    }
}
