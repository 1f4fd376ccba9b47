package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** rrweb's queueToResolveTrees / iterateResolveTree, without recursion. */
final class ResolveTree {
    private final IncrementalData.Addition value;
    private final ResolveTree parent;
    private final List<ResolveTree> children = new ArrayList<>();

    private ResolveTree(IncrementalData.Addition value, ResolveTree parent) {
        this.value = value;
        this.parent = parent;
    }

    IncrementalData.Addition value() {
        return value;
    }

    static List<ResolveTree> fromQueue(List<IncrementalData.Addition> queue) {
        Map<Integer, ResolveTree> byId = new HashMap<>();
        List<ResolveTree> roots = new ArrayList<>();
        for (IncrementalData.Addition add : queue) {
            Integer nextId = add.nextId();
            ResolveTree next = nextId == null || nextId == 0 ? null : byId.get(nextId);
            if (next != null) {
                ResolveTree tree = new ResolveTree(add, next.parent);
                byId.put(add.node().id(), tree);
                List<ResolveTree> siblings = next.parent == null ? roots : next.parent.children;
                siblings.add(siblings.indexOf(next), tree);
                continue;
            }
            ResolveTree parent = byId.get(add.parentId());
            if (parent != null) {
                ResolveTree tree = new ResolveTree(add, parent);
                byId.put(add.node().id(), tree);
                parent.children.add(tree);
                continue;
            }
            ResolveTree tree = new ResolveTree(add, null);
            byId.put(add.node().id(), tree);
            roots.add(tree);
        }
        return roots;
    }

    /** This node first, then its children from last to first, each completely. */
    List<IncrementalData.Addition> inResolveOrder() {
        List<IncrementalData.Addition> order = new ArrayList<>();
        Deque<ResolveTree> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            ResolveTree tree = stack.pop();
            order.add(tree.value);
            for (ResolveTree child : tree.children) {
                stack.push(child);
            }
        }
        return order;
    }
}
