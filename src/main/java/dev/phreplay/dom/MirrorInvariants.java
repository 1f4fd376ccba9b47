package dev.phreplay.dom;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks the mirror's structure: no cycles (each node reached once), parent and child links
 * agree, and every node registered by id has that id and is in the tree (or waits as a legacy
 * detached node). Throws {@link IllegalStateException} naming the first violation.
 */
public final class MirrorInvariants {
    private MirrorInvariants() {}

    public static void check(Mirror mirror) {
        Set<MirrorNode> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(mirror.document);
        for (Mirror.LegacyMissingNode legacy : mirror.legacyMissing.values()) {
            if (legacy.node().parent() == null) {
                stack.push(legacy.node());
            }
        }
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            if (!reached.add(node)) {
                throw new IllegalStateException("node " + describe(node) + " is reached twice: a cycle or a shared node");
            }
            for (MirrorNode child : node.children) {
                if (child.parent() != node) {
                    throw new IllegalStateException("child " + describe(child) + " of " + describe(node)
                            + " names another parent: " + describe(child.parent()));
                }
                stack.push(child);
            }
            if (node instanceof MirrorElement element) {
                if (element.shadowRoot() != null) {
                    if (element.shadowRoot().host() != element) {
                        throw new IllegalStateException("shadow root of " + describe(element) + " names another host");
                    }
                    stack.push(element.shadowRoot());
                }
                if (element.contentDocument() != null) {
                    if (element.contentDocument().parent() != null) {
                        throw new IllegalStateException("frame document of " + describe(element) + " has a parent");
                    }
                    stack.push(element.contentDocument());
                }
            }
        }
        for (Map.Entry<Integer, MirrorNode> entry : mirror.nodes.view().entrySet()) {
            MirrorNode node = entry.getValue();
            if (node.id() != entry.getKey()) {
                throw new IllegalStateException("id " + entry.getKey() + " maps to " + describe(node));
            }
            if (!reached.contains(node)) {
                throw new IllegalStateException("id " + entry.getKey() + " maps to a node outside the tree: " + describe(node));
            }
        }
    }

    private static String describe(MirrorNode node) {
        if (node == null) {
            return "null";
        }
        String kind = node instanceof MirrorElement element ? "<" + element.tagName() + ">" : node.getClass().getSimpleName();
        return kind + "#" + node.id();
    }
}
