package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.MirrorShadowRoot;

/** The key of a mirror node in the rendering script's map: its id, or "s" + host id for a shadow root. */
final class NodeKeys {
    private NodeKeys() {}

    static void write(JsText out, MirrorNode node) {
        if (node == null) {
            out.raw("null");
        } else if (node instanceof MirrorShadowRoot root) {
            out.string("s" + root.host().id());
        } else {
            out.number((long) node.id());
        }
    }
}
