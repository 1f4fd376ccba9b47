package dev.phreplay.dom;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * rrweb's mirror: node id to node, as an open-addressing int map (no boxing, compact copies).
 * Subtree removal walks iteratively, through shadow roots and frame documents.
 */
final class NodeRegistry {
    private static final int FREE = Integer.MIN_VALUE;
    private static final int DELETED = Integer.MIN_VALUE + 1;

    private int[] keys;
    private MirrorNode[] values;
    private int size;
    private int used;

    NodeRegistry() {
        this(16);
    }

    NodeRegistry(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        keys = new int[capacity];
        java.util.Arrays.fill(keys, FREE);
        values = new MirrorNode[capacity];
    }

    MirrorNode get(int id) {
        if (id < 0) {
            return null;
        }
        int mask = keys.length - 1;
        for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
            int key = keys[i];
            if (key == id) {
                return values[i];
            }
            if (key == FREE) {
                return null;
            }
        }
    }

    boolean has(int id) {
        return get(id) != null;
    }

    void put(MirrorNode node) {
        int id = node.id();
        if (id < 0) {
            return;
        }
        if ((used + 1) * 2 > keys.length) {
            rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int tombstone = -1;
        for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
            int key = keys[i];
            if (key == id) {
                values[i] = node;
                return;
            }
            if (key == DELETED && tombstone < 0) {
                tombstone = i;
            } else if (key == FREE) {
                int slot = tombstone >= 0 ? tombstone : i;
                if (tombstone < 0) {
                    used++;
                }
                keys[slot] = id;
                values[slot] = node;
                size++;
                return;
            }
        }
    }

    /** Removes the entry for this node's id if it maps to this very node. */
    private void removeIfMapped(MirrorNode node) {
        int id = node.id();
        if (id < 0) {
            return;
        }
        int mask = keys.length - 1;
        for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
            int key = keys[i];
            if (key == id) {
                if (values[i] == node) {
                    keys[i] = DELETED;
                    values[i] = null;
                    size--;
                }
                return;
            }
            if (key == FREE) {
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** A snapshot of the entries, for checks and tests. */
    Map<Integer, MirrorNode> view() {
        Map<Integer, MirrorNode> view = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE && keys[i] != DELETED) {
                view.put(keys[i], values[i]);
            }
        }
        return Collections.unmodifiableMap(view);
    }

    void clear() {
        java.util.Arrays.fill(keys, FREE);
        java.util.Arrays.fill(values, null);
        size = 0;
        used = 0;
    }

    /** Removes {@code root} and everything under it (children, shadow trees, frame documents) from the map. */
    void removeSubtree(MirrorNode root) {
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            removeIfMapped(node);
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

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        MirrorNode[] oldValues = values;
        keys = new int[capacity];
        java.util.Arrays.fill(keys, FREE);
        values = new MirrorNode[capacity];
        size = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE && oldKeys[i] != DELETED) {
                put(oldValues[i]);
            }
        }
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
