package dev.phreplay.dom;

/** The DOM's insertion constraints that make insertBefore throw (HierarchyRequestError). */
final class DomRules {
    private DomRules() {}

    static boolean canInsert(MirrorNode parent, MirrorNode child) {
        if (parent instanceof MirrorCharacterData || parent instanceof MirrorDoctype) {
            return false;
        }
        if (child instanceof MirrorDocument || child instanceof MirrorShadowRoot || child.contains(parent)) {
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
