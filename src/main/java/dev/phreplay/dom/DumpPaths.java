package dev.phreplay.dom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dump's element paths ({@code /html[1]/body[1]/div[2]}, {@code /#shadow-root}, {@code /#document}), found iteratively. */
final class DumpPaths {
    private DumpPaths() {}

    /** An element found by the walk, with the parent step chain for its path. */
    record Located(MirrorElement element, Step step) {}

    /** One path step, linked to its parent step, so that paths are only built when needed. */
    record Step(Step parent, String text) {
        String path() {
            List<String> steps = new ArrayList<>();
            for (Step s = this; s != null; s = s.parent) {
                steps.add(s.text);
            }
            StringBuilder out = new StringBuilder();
            for (int i = steps.size() - 1; i >= 0; i--) {
                out.append(steps.get(i));
            }
            return out.toString();
        }
    }

    private record Visit(MirrorNode container, Step base) {}

    /** Every element in document order (shadow trees and frame documents included), with its path steps. */
    static List<Located> locate(MirrorDocument document) {
        List<Located> found = new ArrayList<>();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(new Visit(document, null));
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof Located located) {
                found.add(located);
                continue;
            }
            Visit visit = (Visit) item;
            Map<String, Integer> counts = new HashMap<>();
            List<Located> children = new ArrayList<>();
            for (MirrorNode child : visit.container().children) {
                if (child instanceof MirrorElement element) {
                    String tag = element.localName();
                    int n = counts.merge(tag, 1, Integer::sum);
                    children.add(new Located(element, new Step(visit.base(), "/" + tag + "[" + n + "]")));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                Located child = children.get(i);
                MirrorElement element = child.element();
                if (element.contentDocument() != null && (element.is("iframe") || element.is("frame"))) {
                    stack.push(new Visit(element.contentDocument(), new Step(child.step(), "/#document")));
                }
                if (element.shadowRoot() != null) {
                    stack.push(new Visit(element.shadowRoot(), new Step(child.step(), "/#shadow-root")));
                }
                stack.push(new Visit(element, child.step()));
                stack.push(child);
            }
        }
        return found;
    }
}
