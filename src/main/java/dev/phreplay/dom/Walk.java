package dev.phreplay.dom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Iterative tree walks (no recursion, so any nesting depth is safe). */
final class Walk {
    private Walk() {}

    /** The elements under {@code root} in document order, including shadow trees but not frame documents. */
    static List<MirrorElement> elements(MirrorNode root) {
        List<MirrorElement> result = new ArrayList<>();
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            if (node instanceof MirrorElement element) {
                result.add(element);
                pushChildren(stack, node);
                if (element.shadowRoot() != null) {
                    stack.push(element.shadowRoot());
                }
            } else {
                pushChildren(stack, node);
            }
        }
        return result;
    }

    private static void pushChildren(Deque<MirrorNode> stack, MirrorNode node) {
        List<MirrorNode> children = node.children;
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }
}
