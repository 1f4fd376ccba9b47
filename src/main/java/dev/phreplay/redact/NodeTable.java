package dev.phreplay.redact;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<String, String> attributes;
        int flags;
        boolean evaluated;

        Node(int parent, int type, String tag) {
            this.parent = parent;
            this.type = type;
            this.tag = tag;
        }
    }

    private final Set<String> keptAttributes;
    private final Evaluator evaluator;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private int sweepAt = 50_000;

    NodeTable(Set<String> keptAttributes, Evaluator evaluator) {
        this.keptAttributes = keptAttributes;
        this.evaluator = evaluator;
    }

    void clear() {
        nodes.clear();
    }

    int size() {
        return nodes.size();
    }

    Node node(int id) {
        return nodes.get(id);
    }

    /** Registers (or re-attaches) a node; flags of a known id are kept. */
    void register(int id, int parent, int type, String tag, Map<String, String> attributes) {
        Node existing = nodes.get(id);
        Node node = new Node(parent, type, tag);
        if (existing != null) {
            node.flags = existing.flags;
        }
        attributes.forEach((name, value) -> {
            if (keptAttributes.contains(name)) {
                if (node.attributes == null) {
                    node.attributes = new HashMap<>(4);
                }
                node.attributes.put(name, value);
            }
        });
        nodes.put(id, node);
        if (nodes.size() > sweepAt) {
            sweep();
        }
    }

    /** An attribute changed: keeps it if selectors read it, and re-evaluates the node (flags only grow). */
    void attributeChanged(int id, String name, String value) {
        Node node = nodes.get(id);
        if (node == null || !keptAttributes.contains(name)) {
            return;
        }
        if (value == null) {
            if (node.attributes != null) {
                node.attributes.remove(name);
            }
        } else {
            if (node.attributes == null) {
                node.attributes = new HashMap<>(4);
            }
            node.attributes.put(name, value);
        }
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
            return node.attributes == null ? null : node.attributes.get(name);
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

    /** Drops nodes that no longer hang from a root (removed subtrees), except those carrying flags. */
    private void sweep() {
        Map<Integer, Boolean> live = new HashMap<>();
        for (Map.Entry<Integer, Node> entry : nodes.entrySet()) {
            isLive(entry.getKey(), live);
        }
        nodes.entrySet().removeIf(e -> !live.get(e.getKey()) && e.getValue().flags == 0);
        sweepAt = Math.max(50_000, nodes.size() * 2);
    }

    private boolean isLive(int id, Map<Integer, Boolean> live) {
        ArrayDeque<Integer> path = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        Boolean answer = null;
        int current = id;
        while (answer == null) {
            Boolean known = live.get(current);
            Node node = nodes.get(current);
            if (known != null) {
                answer = known;
            } else if (node == null || node.parent == DETACHED || !seen.add(current)) {
                answer = node != null && node.parent == NO_PARENT;
                if (node != null) {
                    path.push(current);
                }
            } else if (node.parent == NO_PARENT) {
                answer = true;
                path.push(current);
            } else {
                path.push(current);
                current = node.parent;
            }
        }
        for (int visited : path) {
            live.put(visited, answer);
        }
        return answer;
    }
}
