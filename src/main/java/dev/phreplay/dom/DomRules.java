package dev.phreplay.dom;

/** The DOM's insertion constraints that make insertBefore throw (HierarchyRequestError). */
final class DomRules {
    private DomRules() {}

    /**
     * The DOM's "host-including inclusive ancestor" (parent links, and from a shadow root on to its
     * host), also from a frame's document on to the frame, which a browser enforces by discarding
     * the frame's document when the frame moves into it.
     */
    static boolean isHostIncludingAncestor(MirrorNode ancestor, MirrorNode node) {
        if (ancestor.children.isEmpty()
                && !(ancestor instanceof MirrorElement element && (element.shadowRoot() != null || element.contentDocument() != null))) {
            return ancestor == node;
        }
        for (MirrorNode current = node; current != null; ) {
            if (current == ancestor) {
                return true;
            }
            current = switch (current) {
                case MirrorShadowRoot shadow -> shadow.host();
                case MirrorDocument document -> document.frameElement();
                default -> current.parent();
            };
        }
        return false;
    }

    static boolean canInsert(MirrorNode parent, MirrorNode child) {
        if (parent instanceof MirrorCharacterData || parent instanceof MirrorDoctype) {
            return false;
        }
        if (child instanceof MirrorDocument || child instanceof MirrorShadowRoot || isHostIncludingAncestor(child, parent)) {
            return false;
        }
        if (parent instanceof MirrorDocument document) {
            if (child instanceof MirrorCharacterData data) {
                return data.kind() == MirrorCharacterData.Kind.COMMENT;
            }
            if (child instanceof MirrorElement) {
                MirrorElement root = document.documentElement();
                return root == null || root == child;
            }
            if (child instanceof MirrorDoctype) {
                for (MirrorNode existing : document.children) {
                    if (existing instanceof MirrorDoctype && existing != child) {
                        return false;
                    }
                }
            }
            return true;
        }
        return !(child instanceof MirrorDoctype);
    }
}
