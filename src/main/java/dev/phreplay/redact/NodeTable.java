package dev.phreplay.redact;

import dev.phreplay.util.IntMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What redaction must remember about a window's live DOM: for each node id its parent, its tag, the
 * few attributes selectors read, and its sticky redaction flags. Flags, once set, are never cleared
 * for that id, so a node masked or hidden once stays so when it moves. Nodes no longer reachable are
 * swept when the table has doubled, so memory follows the size of the live DOM, not the recording.
 */
final class NodeTable {
    /** The element itself matched a mask selector, or was ever found inside a masked subtree. */
    static final int MASK_TEXT = 1;
    /** The element matched a block selector: it is a placeholder in the output. */
    static final int BLOCKED = 2;
    /** The element's value is masked (an input, textarea or select the input rules cover). */
    static final int MASK_INPUT = 4;
    /** The node was found inside a blocked element: it is not in the output. */
    static final int HIDDEN = 8;

    static final int NO_PARENT = -1;
    static final int DETACHED = -2;
    private static final int MAX_DEPTH = 10_000;

    /** The flags {@link #effective} returns. */
    static final int E_HIDDEN = 1, E_BLOCKED = 2, E_MASKED = 4, E_INPUT = 8, E_UNKNOWN = 16;

    interface Evaluator {
        /** The flags a node earns by itself (selectors, input rules), given its table view. */
        int evaluate(NodeTable table, int id);
    }

    static final class Node {
        int parent;
        final int type;
        final String tag;
        /** Only the attributes selectors read: name, value, name, value... (names lower-case). */
        String[] attributes;
        int flags;
        boolean evaluated;
        /** Sweep bookkeeping: {@code 2·epoch} dead, {@code 2·epoch+1} live, anything else unknown. */
        int mark;

        Node(int parent, int type, String tag) {
            this.parent = parent;
            this.type = type;
            this.tag = tag;
        }

        String attribute(String name) {
            if (attributes != null) {
                for (int i = 0; i < attributes.length; i += 2) {
                    if (attributes[i].equals(name)) {
                        return attributes[i + 1];
                    }
                }
            }
            return null;
        }

        void setAttribute(String name, String value) {
            if (attributes != null) {
                for (int i = 0; i < attributes.length; i += 2) {
                    if (attributes[i].equals(name)) {
                        if (value == null) {
                            String[] fewer = new String[attributes.length - 2];
                            System.arraycopy(attributes, 0, fewer, 0, i);
                            System.arraycopy(attributes, i + 2, fewer, i, attributes.length - i - 2);
                            attributes = fewer.length == 0 ? null : fewer;
                        } else {
                            attributes[i + 1] = value;
                        }
                        return;
                    }
                }
            }
            if (value != null) {
                String[] more = attributes == null ? new String[2] : java.util.Arrays.copyOf(attributes, attributes.length + 2);
                more[more.length - 2] = name;
                more[more.length - 1] = value;
                attributes = more;
            }
        }
    }

    private static final int MAX_CANONICAL = 20_000;

    private final Set<String> keptAttributes;
    private final Evaluator evaluator;
    private final IntMap<Node> nodes = new IntMap<>();
    /** Tags and attribute values repeat across nodes: one copy each (bounded, for hostile input). */
    private final Map<String, String> canonical = new HashMap<>();
    private int sweepAt = 50_000;
    private int epoch;

    NodeTable(Set<String> keptAttributes, Evaluator evaluator) {
        this.keptAttributes = keptAttributes;
        this.evaluator = evaluator;
    }

    void clear() {
        nodes.clear();
        canonical.clear();
    }

    int size() {
        return nodes.size();
    }

    Node node(int id) {
        return nodes.get(id);
    }

    /** Registers (or re-attaches) a node; flags of a known id are kept. */
    void register(int id, int parent, int type, String tag, com.fasterxml.jackson.databind.JsonNode attributes) {
        Node existing = nodes.get(id);
        Node node = new Node(parent, type, canonical(tag));
        if (existing != null) {
            node.flags = existing.flags;
        }
        if (attributes != null && attributes.isObject()) {
            attributes.properties().forEach(field -> {
                String name = field.getKey().toLowerCase(java.util.Locale.ROOT);
                if (keptAttributes.contains(name)) {
                    node.setAttribute(canonical(name), canonical(valueText(field.getValue())));
                }
            });
        }
        nodes.put(id, node);
        if (nodes.size() > sweepAt) {
            sweep();
        }
    }

    /** An attribute value as selectors compare it: booleans are present-and-empty, null is absent. */
    static String valueText(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.isBoolean() ? "" : value.asText();
    }

    private String canonical(String text) {
        if (text == null || text.length() > 200) {
            return text;
        }
        String known = canonical.get(text);
        if (known != null) {
            return known;
        }
        if (canonical.size() < MAX_CANONICAL) {
            canonical.put(text, text);
        }
        return text;
    }

    /** An attribute changed: keeps it if selectors read it, and re-evaluates the node (flags only grow). */
    void attributeChanged(int id, String name, String value) {
        Node node = nodes.get(id);
        if (node == null || !keptAttributes.contains(name)) {
            return;
        }
        node.setAttribute(canonical(name), canonical(value));
        node.evaluated = false;
    }

    void detach(int id) {
        Node node = nodes.get(id);
        if (node != null) {
            node.parent = DETACHED;
        }
    }

    void addFlags(int id, int flags) {
        Node node = nodes.get(id);
        if (node != null) {
            node.flags |= flags;
        }
    }

    /** The node's own flags, evaluating it first if its attributes or position changed. */
    int own(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return 0;
        }
        if (!node.evaluated) {
            node.evaluated = true;
            node.flags |= evaluator.evaluate(this, id);
        }
        return node.flags;
    }

    /** What applies to a node from itself and its ancestors ({@code E_*} bits). */
    int effective(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return E_UNKNOWN;
        }
        int own = own(id);
        int result = (own & BLOCKED) != 0 ? E_BLOCKED : 0;
        result |= (own & HIDDEN) != 0 ? E_HIDDEN : 0;
        result |= (own & MASK_TEXT) != 0 ? E_MASKED : 0;
        result |= (own & MASK_INPUT) != 0 ? E_INPUT : 0;
        int depth = 0;
        for (int p = node.parent; p >= 0 && depth < MAX_DEPTH; depth++) {
            Node parent = nodes.get(p);
            if (parent == null) {
                break;
            }
            int flags = own(p);
            if ((flags & (BLOCKED | HIDDEN)) != 0) {
                result |= E_HIDDEN;
            }
            if ((flags & MASK_TEXT) != 0) {
                result |= E_MASKED;
            }
            p = parent.parent;
        }
        return result;
    }

    /** The tag of the node's parent element, or null. */
    String parentTag(int id) {
        Node node = nodes.get(id);
        Node parent = node == null || node.parent < 0 ? null : nodes.get(node.parent);
        return parent == null ? null : parent.tag;
    }

    int parentOf(int id) {
        Node node = nodes.get(id);
        return node == null ? NO_PARENT : node.parent;
    }

    /** A selector's view of an element: its ancestors are the nearest element ancestors in the table. */
    SelectorTarget target(int id) {
        Node node = nodes.get(id);
        return node == null ? null : new Target(id, node, 0);
    }

    private final class Target implements SelectorTarget {
        private final Node node;
        private final int depth;

        Target(int id, Node node, int depth) {
            this.node = node;
            this.depth = depth;
        }

        @Override
        public String tagName() {
            return node.tag;
        }

        @Override
        public String attribute(String name) {
            return node.attribute(name);
        }

        @Override
        public SelectorTarget parent() {
            int p = node.parent;
            for (int d = depth + 1; p >= 0 && d < MAX_DEPTH; d++) {
                Node parent = nodes.get(p);
                if (parent == null) {
                    return null;
                }
                if (parent.tag != null) {
                    return new Target(p, parent, d);
                }
                p = parent.parent;
            }
            return null;
        }
    }

    /** Drops nodes that no longer hang from a root (removed subtrees), except those carrying sticky flags. */
    private void sweep() {
        epoch++;
        int dead = 2 * epoch;
        int live = dead + 1;
        int[] path = new int[64];
        nodes.forEachKey(id -> resolve(id, dead, live, path));
        nodes.retain(id -> {
            Node node = nodes.get(id);
            return node.mark == live || (node.flags & STICKY) != 0;
        });
        sweepAt = Math.max(50_000, nodes.size() * 2);
    }

    /** Flags that must survive the node's removal: it may come back (moved), and must stay hidden or masked. */
    private static final int STICKY = MASK_TEXT | BLOCKED | HIDDEN;

    /** Marks the node and the ancestors walked through as live (reaching a root) or dead. */
    private void resolve(int id, int dead, int live, int[] initialPath) {
        int[] path = initialPath;
        int length = 0;
        int answer = dead;
        int current = id;
        while (true) {
            Node node = nodes.get(current);
            if (node == null) {
                break;
            }
            if (node.mark == dead || node.mark == live) {
                answer = node.mark;
                break;
            }
            if (length == path.length) {
                path = java.util.Arrays.copyOf(path, length * 2);
            }
            path[length++] = current;
            node.mark = dead; // provisional: a cycle in hostile data ends here, dead
            if (node.parent == NO_PARENT) {
                answer = live;
                break;
            }
            if (node.parent < 0 || length > MAX_DEPTH) {
                break;
            }
            current = node.parent;
        }
        for (int i = 0; i < length; i++) {
            nodes.get(path[i]).mark = answer;
        }
    }
}
