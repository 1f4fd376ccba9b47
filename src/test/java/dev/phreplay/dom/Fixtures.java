package dev.phreplay.dom;

import dev.phreplay.event.RecordedEvent;
import dev.phreplay.testing.Shared;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Replays rrweb fixtures and finds nodes in the result. */
final class Fixtures {
    private Fixtures() {}

    static List<RecordedEvent> events(String name) {
        return Recorded.window(Shared.rrwebFixture(name + ".json"), Recorded.SINGLE_WINDOW);
    }

    /** rrweb's {@code pause(t)} on a fresh Replayer. */
    static Mirror at(String name, long t) {
        Mirror mirror = PausedReplay.at(events(name), t);
        MirrorInvariants.check(mirror);
        return mirror;
    }

    /** Every element, in document order, through shadow roots and frame documents. */
    static List<MirrorElement> allElements(Mirror mirror) {
        List<MirrorElement> all = new ArrayList<>();
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(mirror.document());
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            if (node instanceof MirrorElement element) {
                all.add(element);
                if (element.contentDocument() != null) {
                    stack.push(element.contentDocument());
                }
                if (element.shadowRoot() != null) {
                    stack.push(element.shadowRoot());
                }
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(node.children().get(i));
            }
        }
        return all;
    }

    static MirrorElement byId(Mirror mirror, String id) {
        return allElements(mirror).stream().filter(e -> id.equals(e.attribute("id"))).findFirst().orElse(null);
    }

    static MirrorElement byTag(Mirror mirror, String tag) {
        return allElements(mirror).stream().filter(e -> e.localName().equals(tag)).findFirst().orElse(null);
    }

    static MirrorElement element(Mirror mirror, int id) {
        return (MirrorElement) mirror.node(id);
    }
}
