package dev.phreplay.dom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** rrweb's mirror: node id to node. Subtree removal walks iteratively, through shadow roots and frames. */
final class NodeRegistry {
    private final Map<Integer, MirrorNode> byId;

    NodeRegistry() {
        this.byId = new HashMap<>();
    }

    NodeRegistry(int expectedSize) {
        this.byId = HashMap.newHashMap(expectedSize);
    }

    MirrorNode get(int id) {
        return byId.get(id);
    }

    boolean has(int id) {
        return byId.containsKey(id);
    }

    void put(MirrorNode node) {
        if (node.id() >= 0) {
            byId.put(node.id(), node);
        }
    }

    int size() {
        return byId.size();
    }

    Map<Integer, MirrorNode> view() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    void clear() {
        byId.clear();
    }

    /** Removes {@code root} and everything under it (children, shadow trees, frame documents) from the map. */
    void removeSubtree(MirrorNode root) {
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            if (byId.get(node.id()) == node) {
                byId.remove(node.id());
            }
            for (MirrorNode child : node.children) {
                stack.push(child);
            }
            if (node instanceof MirrorElement element) {
                if (element.shadowRoot() != null) {
                    stack.push(element.shadowRoot());
                }
                if (element.contentDocument() != null) {
                    stack.push(element.contentDocument());
                }
            }
        }
    }
}
