package dev.phreplay.inspect;

import dev.phreplay.util.IntMap;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.SerializedNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A light index of each window's DOM (id → tag, attributes, text, parent, siblings), kept up to
 * date while scanning, so a click can be labelled with what the clicked element said at that
 * moment. Feeds {@link NodeHistoryIndex} on the way. Not a mirror: no styles, no shadow roots as
 * such; bad references are ignored. Siblings are linked so that moves and removals cost O(1).
 */
final class NodeTracker {
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template");
    private static final int MAX_LABEL = 80;

    static final class Node {
        final int id;
        final String tag;
        String text;
        final Map<String, String> attributes;
        Node parent;
        Node firstChild;
        Node lastChild;
        Node previous;
        Node next;

        Node(int id, String tag, String text, Map<String, String> attributes) {
            this.id = id;
            this.tag = tag;
            this.text = text;
            this.attributes = attributes;
        }

        boolean isElement() {
            return tag != null && !tag.startsWith("#");
        }

        void insert(Node child, Node before) {
            child.detach();
            child.parent = this;
            if (before == null || before.parent != this) {
                child.previous = lastChild;
                if (lastChild != null) {
                    lastChild.next = child;
                } else {
                    firstChild = child;
                }
                lastChild = child;
                return;
            }
            child.next = before;
            child.previous = before.previous;
            if (before.previous != null) {
                before.previous.next = child;
            } else {
                firstChild = child;
            }
            before.previous = child;
        }

        void detach() {
            if (parent == null) {
                return;
            }
            if (previous != null) {
                previous.next = next;
            } else {
                parent.firstChild = next;
            }
            if (next != null) {
                next.previous = previous;
            } else {
                parent.lastChild = previous;
            }
            parent = null;
            previous = null;
            next = null;
        }
    }

    private final Map<String, IntMap<Node>> windows = new HashMap<>();
    private final NodeHistoryIndex history;

    NodeTracker(NodeHistoryIndex history) {
        this.history = history;
    }

    void fullSnapshot(String windowId, SerializedNode.Document document, long timestamp) {
        IntMap<Node> nodes = new IntMap<>();
        windows.put(windowId, nodes);
        build(windowId, nodes, document, null, null, timestamp, "full snapshot");
    }

    void mutation(String windowId, IncrementalData.Mutation mutation, long timestamp) {
        IntMap<Node> nodes = windows.computeIfAbsent(windowId, w -> new IntMap<>());
        for (IncrementalData.Removal removal : mutation.removes()) {
            remove(windowId, nodes, nodes.get(removal.id()), timestamp, null);
        }
        for (IncrementalData.Addition add : mutation.adds()) {
            Node parent = nodes.get(add.parentId());
            Node before = add.nextId() == null ? null : nodes.get(add.nextId());
            build(windowId, nodes, add.node(), parent, before, timestamp, null);
        }
        for (IncrementalData.TextChange change : mutation.texts()) {
            text(windowId, nodes.get(change.id()), change.value(), timestamp);
        }
        for (IncrementalData.AttributeChange change : mutation.attributes()) {
            attributes(windowId, nodes.get(change.id()), change, timestamp);
        }
    }

    void input(String windowId, IncrementalData.Input input, long timestamp) {
        Node node = node(windowId, input.id());
        boolean toggle = node != null && isToggle(node);
        String value = toggle ? (input.isChecked() ? "checked" : "unchecked") : input.text();
        if (node != null && node.isElement() && !toggle) {
            node.attributes.put("value", input.text());
        }
        history.record(windowId, input.id(), timestamp, NodeChange.Kind.INPUT, value);
    }

    Node node(String windowId, int id) {
        IntMap<Node> nodes = windows.get(windowId);
        return nodes == null ? null : nodes.get(id);
    }

    static boolean isToggle(Node node) {
        String type = node.attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT);
        return "input".equals(node.tag) && (type.equals("checkbox") || type.equals("radio"));
    }

    /** A short human label: {@code button "Sign up"}, {@code input[type=email]}, or {@code #42} when unknown. */
    String describe(String windowId, int id) {
        Node node = node(windowId, id);
        if (node == null) {
            return "#" + id;
        }
        if (node.tag == null && node.parent != null) {
            node = node.parent;
        }
        String tag = node.tag == null ? "#text" : node.tag;
        String label = label(node);
        String type = node.attributes.get("type");
        String head = "input".equals(tag) && type != null ? "input[type=" + type + "]" : tag;
        return label.isEmpty() ? head : head + " \"" + label + "\"";
    }

    private static boolean isButtonInput(Node node) {
        String type = node.attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT);
        return "input".equals(node.tag) && (type.equals("submit") || type.equals("button") || type.equals("reset"));
    }

    static String label(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        if (collapsed.isEmpty()) {
            for (String name : List.of("aria-label", "title", "alt", "placeholder", "value", "name")) {
                String value = node.attributes.get(name);
                if ("value".equals(name) && !isButtonInput(node)) {
                    continue; // a typed value is shown by the input item, masked as recorded
                }
                if (value != null && !value.isBlank()) {
                    collapsed = value.strip();
                    break;
                }
            }
        }
        return collapsed.length() > MAX_LABEL ? collapsed.substring(0, MAX_LABEL) + "…" : collapsed;
    }

    private static void collectText(Node node, StringBuilder out) {
        if (out.length() > MAX_LABEL * 2) {
            return;
        }
        if (node.tag == null) {
            if (node.text != null) {
                out.append(node.text).append(' ');
            }
            return;
        }
        if (SILENT.contains(node.tag)) {
            return;
        }
        for (Node child = node.firstChild; child != null; child = child.next) {
            collectText(child, out);
        }
    }

    private void build(String windowId, IntMap<Node> nodes, SerializedNode serialized, Node parent, Node before,
                       long timestamp, String note) {
        Node node = switch (serialized) {
            case SerializedNode.Element e -> new Node(e.id(), e.tagName().toLowerCase(Locale.ROOT), null,
                    new LinkedHashMap<>(e.attributes()));
            case SerializedNode.Text t -> new Node(t.id(), null, t.textContent(), Map.of());
            case SerializedNode.Document d -> new Node(d.id(), "#document", null, Map.of());
            default -> new Node(serialized.id(), "#" + serialized.getClass().getSimpleName().toLowerCase(Locale.ROOT),
                    null, Map.of());
        };
        Node previous = nodes.put(node.id, node);
        if (previous != null) {
            previous.detach();
        }
        if (parent != null) {
            parent.insert(node, before);
        }
        history.record(windowId, node.id, timestamp, NodeChange.Kind.ADDED, note != null ? note : addedDetail(node));
        for (SerializedNode child : serialized.childNodes()) {
            build(windowId, nodes, child, node, null, timestamp, note);
        }
    }

    private static String addedDetail(Node node) {
        return node.tag == null ? "text \"" + node.text + "\"" : "<" + node.tag + ">";
    }

    private void remove(String windowId, IntMap<Node> nodes, Node node, long timestamp, Integer ancestor) {
        if (node == null) {
            return;
        }
        if (ancestor == null) {
            node.detach();
        }
        if (nodes.get(node.id) == node) {
            nodes.remove(node.id);
        }
        history.record(windowId, node.id, timestamp, NodeChange.Kind.REMOVED,
                ancestor == null ? null : "with ancestor #" + ancestor);
        for (Node child = node.firstChild; child != null; child = child.next) {
            remove(windowId, nodes, child, timestamp, ancestor == null ? node.id : ancestor);
        }
    }

    private void text(String windowId, Node node, String value, long timestamp) {
        if (node == null) {
            return;
        }
        node.text = value;
        history.record(windowId, node.id, timestamp, NodeChange.Kind.TEXT, value);
        if (node.parent != null && node.parent.tag != null) {
            history.record(windowId, node.parent.id, timestamp, NodeChange.Kind.TEXT, "child #" + node.id + ": " + value);
        }
    }

    private void attributes(String windowId, Node node, IncrementalData.AttributeChange change, long timestamp) {
        if (node == null || !node.isElement()) {
            return;
        }
        change.attributes().forEach((name, value) -> {
            String detail = switch (value) {
                case IncrementalData.AttributeValue.Set set -> {
                    node.attributes.put(name, set.value());
                    yield name + "=" + set.value();
                }
                case IncrementalData.AttributeValue.Remove remove -> {
                    node.attributes.remove(name);
                    yield name + " removed";
                }
                case IncrementalData.AttributeValue.StyleObject style -> name + ": " + styleText(style);
            };
            history.record(windowId, node.id, timestamp, NodeChange.Kind.ATTRIBUTE, detail);
        });
    }

    private static String styleText(IncrementalData.AttributeValue.StyleObject style) {
        StringBuilder out = new StringBuilder();
        style.properties().forEach((property, value) -> out.append(out.isEmpty() ? "" : "; ").append(property)
                .append(value.value() == null ? " removed" : "=" + value.value()));
        return out.toString();
    }
}
