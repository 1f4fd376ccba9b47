package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where and how an added node goes, with rrweb's special cases; a DOM error is a {@link MutationApplier.Abort}. */
final class NodeInserter {
    private final Mirror mirror;

    NodeInserter(Mirror mirror) {
        this.mirror = mirror;
    }

    /** rrweb's special cases before insertion: textarea and style texts, document doctype/html replacement. */
    void prepareParent(MirrorNode parent, SerializedNode n, MirrorNode target) {
        if (parent instanceof MirrorElement element && element.meta != null && n instanceof SerializedNode.Text) {
            if (element.meta.tagName().equals("textarea")) {
                for (MirrorNode child : List.copyOf(element.children)) {
                    if (child instanceof MirrorCharacterData data && data.kind() == MirrorCharacterData.Kind.TEXT) {
                        removeChild(element, child);
                    }
                }
            } else if (element.meta.tagName().equals("style") && element.children.size() == 1
                    && element.children.getFirst() instanceof MirrorCharacterData css
                    && css.kind() == MirrorCharacterData.Kind.TEXT && mirror.nodes.get(css.id()) != css
                    && target instanceof MirrorCharacterData text) {
                text.setData(css.data());
                removeChild(element, css);
            }
        } else if (parent instanceof MirrorDocument document) {
            if (n instanceof SerializedNode.Doctype && !document.children.isEmpty()
                    && document.children.getFirst() instanceof MirrorDoctype old) {
                removeChild(document, old);
            }
            if (target instanceof MirrorElement element && element.localName().equals("html")) {
                MirrorElement root = document.documentElement();
                if (root != null && root != target) {
                    removeChild(document, root);
                }
            }
        }
    }

    /** Removes a node the mutation replaces; it leaves the id map too, so the map only holds the tree. */
    void removeChild(MirrorNode parent, MirrorNode child) {
        mirror.nodes.removeSubtree(child);
        if (parent.removeChild(child)) {
            for (MirrorListener listener : mirror.listeners) {
                listener.nodeRemoved(parent, child);
            }
        }
    }

    void insert(MirrorNode parent, MirrorNode target, MirrorNode previous, MirrorNode next) {
        MirrorNode before;
        MirrorNode afterPrevious = previous == null ? null : previous.nextSibling();
        if (afterPrevious != null) {
            before = afterPrevious;
        } else if (next != null && next.parent() != null) {
            before = parent.contains(next) ? next : null;
        } else {
            before = null;
        }
        if (before != null && before.parent() != parent) {
            throw new MutationApplier.Abort();
        }
        insertChecked(parent, target, before);
    }

    void insertChecked(MirrorNode parent, MirrorNode target, MirrorNode before) {
        if (!DomRules.canInsert(parent, target)) {
            throw new MutationApplier.Abort();
        }
        MirrorNode oldParent = target.parent();
        if (oldParent != null && oldParent.removeChild(target)) {
            for (MirrorListener listener : mirror.listeners) {
                listener.nodeRemoved(oldParent, target);
            }
        }
        parent.insertBefore(target, before);
        for (MirrorListener listener : mirror.listeners) {
            listener.nodeInserted(parent, target, before);
        }
    }

    void resolveLegacy(Map<Integer, Mirror.LegacyMissingNode> legacy, MirrorNode parent, MirrorNode target,
                               IncrementalData.Addition add) {
        List<Object[]> work = new ArrayList<>();
        work.add(new Object[] {target, add});
        while (!work.isEmpty()) {
            Object[] item = work.removeLast();
            MirrorNode current = (MirrorNode) item[0];
            IncrementalData.Addition mutation = (IncrementalData.Addition) item[1];
            Mirror.LegacyMissingNode previous = mutation.previousId() == null ? null : legacy.get(mutation.previousId());
            if (previous != null) {
                insertChecked(parent, previous.node(), current);
                legacy.remove(previous.mutation().node().id());
                mirror.legacyMissing.remove(previous.mutation().node().id());
                work.add(new Object[] {previous.node(), previous.mutation()});
            }
            Mirror.LegacyMissingNode next = mutation.nextId() == null ? null : legacy.get(mutation.nextId());
            if (next != null) {
                insertChecked(parent, next.node(), current.nextSibling());
                legacy.remove(next.mutation().node().id());
                mirror.legacyMissing.remove(next.mutation().node().id());
                work.add(new Object[] {next.node(), next.mutation()});
            }
        }
    }
}
