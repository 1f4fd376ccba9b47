package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rrweb's {@code applyMutation}: removes, then adds (with the queue for a missing parent or next
 * sibling, drained through resolve trees), then texts (last value per id), then attributes.
 * A DOM error aborts the rest of the mutation, as rrweb's outer try/catch does.
 */
final class MutationApplier {
    /** A DOM exception rrweb would not catch inside the mutation. */
    static final class Abort extends RuntimeException {
        Abort() {
            super(null, null, false, false);
        }
    }

    private final Mirror mirror;
    private final SnapshotBuilder builder;
    private final NodeInserter inserter;

    MutationApplier(Mirror mirror, SnapshotBuilder builder) {
        this.mirror = mirror;
        this.builder = builder;
        this.inserter = new NodeInserter(mirror);
    }

    void apply(IncrementalData.Mutation mutation) {
        Map<Integer, Mirror.LegacyMissingNode> legacy = new HashMap<>(mirror.legacyMissing);
        try {
            removes(mutation.removes());
            adds(mutation.adds(), legacy);
            mirror.legacyMissing.putAll(legacy);
            Set<Integer> removed = new HashSet<>();
            for (IncrementalData.Removal removal : mutation.removes()) {
                removed.add(removal.id());
            }
            texts(mutation.texts(), removed);
            attributes(mutation.attributes(), removed);
        } catch (Abort e) {
            mirror.skipped.count(SkipCounters.Reason.MUTATION_ABORTED);
            for (Map.Entry<Integer, Mirror.LegacyMissingNode> entry : legacy.entrySet()) {
                // Built during the aborted mutation and never kept: rrweb loses them too.
                Mirror.LegacyMissingNode kept = mirror.legacyMissing.get(entry.getKey());
                if ((kept == null || kept.node() != entry.getValue().node()) && entry.getValue().node().parent() == null) {
                    mirror.nodes.removeSubtree(entry.getValue().node());
                }
            }
        }
    }

    // ---- removes ------------------------------------------------------------------------------

    private void removes(List<IncrementalData.Removal> removes) {
        List<IncrementalData.Removal> present = new ArrayList<>();
        for (IncrementalData.Removal removal : removes) {
            if (mirror.nodes.get(removal.id()) == null) {
                mirror.skipped.count(SkipCounters.Reason.REMOVE_TARGET_MISSING);
            } else {
                present.add(removal);
            }
        }
        for (IncrementalData.Removal removal : present) {
            MirrorNode target = mirror.nodes.get(removal.id());
            if (target == null) {
                continue;
            }
            MirrorNode parent = mirror.nodes.get(removal.parentId());
            if (parent == null) {
                mirror.skipped.count(SkipCounters.Reason.REMOVE_PARENT_MISSING);
                continue;
            }
            if (removal.isShadow() && parent instanceof MirrorElement host && host.shadowRoot() != null) {
                parent = host.shadowRoot();
            }
            mirror.nodes.removeSubtree(target);
            if (parent.removeChild(target)) {
                for (MirrorListener listener : mirror.listeners) {
                    listener.nodeRemoved(parent, target);
                }
            }
        }
    }

    // ---- adds ---------------------------------------------------------------------------------

    private void adds(List<IncrementalData.Addition> adds, Map<Integer, Mirror.LegacyMissingNode> legacy) {
        List<IncrementalData.Addition> queue = new ArrayList<>();
        for (IncrementalData.Addition add : adds) {
            appendNode(add, queue, legacy);
        }
        while (!queue.isEmpty()) {
            List<ResolveTree> trees = ResolveTree.fromQueue(queue);
            queue.clear();
            boolean progress = false;
            for (ResolveTree tree : trees) {
                if (mirror.nodes.get(tree.value().parentId()) == null) {
                    mirror.skipped.count(SkipCounters.Reason.ADD_UNRESOLVED);
                    continue;
                }
                for (IncrementalData.Addition add : tree.inResolveOrder()) {
                    progress |= appendNode(add, queue, legacy);
                }
            }
            if (!progress) {
                break;
            }
        }
        for (int i = 0; i < queue.size(); i++) {
            mirror.skipped.count(SkipCounters.Reason.ADD_UNRESOLVED);
        }
    }

    /** Returns true when the node was placed (or consumed); false when it went (back) to the queue or was dropped. */
    private boolean appendNode(IncrementalData.Addition add, List<IncrementalData.Addition> queue,
                               Map<Integer, Mirror.LegacyMissingNode> legacy) {
        SerializedNode n = add.node();
        MirrorNode parent = mirror.nodes.get(add.parentId());
        if (parent == null) {
            if (n instanceof SerializedNode.Document) {
                mirror.pendingFrameDocuments.add(add);
                return true;
            }
            queue.add(add);
            return false;
        }
        if (n.isShadow() && parent instanceof MirrorElement host) {
            parent = host.attachShadow();
        }
        MirrorNode previous = add.previousId() == null ? null : mirror.nodes.get(add.previousId());
        MirrorNode next = add.nextId() == null ? null : mirror.nodes.get(add.nextId());
        if (add.nextId() != null && add.nextId() != -1 && next == null) {
            queue.add(add);
            return false;
        }
        if (n.rootId() != null && mirror.nodes.get(n.rootId()) == null) {
            mirror.skipped.count(SkipCounters.Reason.ADD_DROPPED_NO_ROOT);
            return false;
        }
        if (parent instanceof MirrorElement frame && frame.is("iframe") && frame.meta != null) {
            if (n instanceof SerializedNode.Document) {
                attachFrameDocument(add, frame);
            }
            return true;
        }
        if (n instanceof SerializedNode.Document) {
            throw new Abort();
        }
        List<String> childTexts = new ArrayList<>();
        MirrorNode target = builder.buildOne(n, childTexts);
        if ((add.previousId() != null && add.previousId() == -1) || (add.nextId() != null && add.nextId() == -1)) {
            Mirror.LegacyMissingNode replaced = legacy.put(n.id(), new Mirror.LegacyMissingNode(target, add));
            if (replaced != null && replaced.node() != target && replaced.node().parent() == null) {
                mirror.nodes.removeSubtree(replaced.node());
            }
            return true;
        }
        try {
            inserter.prepareParent(parent, n, target);
            inserter.insert(parent, target, previous, next);
        } catch (Abort e) {
            if (target.parent() == null) {
                // rrweb keeps such a node mapped but detached; the mirror maps only its tree.
                mirror.nodes.removeSubtree(target);
            }
            throw e;
        }
        if (target instanceof MirrorElement element) {
            FormState.optionInserted(mirror, element);
            if (element.is("iframe")) {
                mirror.attachPendingFrames(element);
            }
        }
        if (add.previousId() != null || add.nextId() != null) {
            inserter.resolveLegacy(legacy, parent, target, add);
        }
        return true;
    }

    /** rrweb's attachDocumentToIframe: the whole document tree, then nested frames waiting for theirs. */
    void attachFrameDocument(IncrementalData.Addition add, MirrorElement frame) {
        if (!(add.node() instanceof SerializedNode.Document n)) {
            return;
        }
        MirrorDocument document = builder.attachDocument(n, frame);
        mirror.attachPendingFrames(document);
        if (!mirror.rebuilding) {
            for (MirrorListener listener : mirror.listeners) {
                listener.frameDocumentAttached(frame, document);
            }
        }
    }

    // ---- texts and attributes -----------------------------------------------------------------

    private void texts(List<IncrementalData.TextChange> texts, Set<Integer> removed) {
        Map<Integer, String> last = new LinkedHashMap<>();
        for (int i = texts.size() - 1; i >= 0; i--) {
            last.putIfAbsent(texts.get(i).id(), texts.get(i).value());
        }
        for (Map.Entry<Integer, String> entry : last.entrySet()) {
            MirrorNode target = mirror.nodes.get(entry.getKey());
            if (target == null) {
                if (!removed.contains(entry.getKey())) {
                    mirror.skipped.count(SkipCounters.Reason.TEXT_TARGET_MISSING);
                }
                continue;
            }
            String value = entry.getValue();
            MirrorElement parent = target.parentElement();
            if (value != null && !value.isEmpty() && parent != null && parent.is("style")) {
                value = mirror.css.adapt(value);
            }
            setTextContent(target, value);
        }
    }

    private void setTextContent(MirrorNode target, String value) {
        if (target instanceof MirrorCharacterData data) {
            data.setData(value);
            for (MirrorListener listener : mirror.listeners) {
                listener.characterDataChanged(data);
            }
        } else if (target instanceof MirrorElement element) {
            for (MirrorNode child : List.copyOf(element.children)) {
                mirror.nodes.removeSubtree(child);
                inserter.removeChild(element, child);
            }
            if (value != null && !value.isEmpty()) {
                inserter.insertChecked(element, mirror.syntheticText(value), null);
            }
        }
    }

    private void attributes(List<IncrementalData.AttributeChange> changes, Set<Integer> removed) {
        for (IncrementalData.AttributeChange change : changes) {
            MirrorNode target = mirror.nodes.get(change.id());
            if (target == null) {
                if (!removed.contains(change.id())) {
                    mirror.skipped.count(SkipCounters.Reason.ATTRIBUTE_TARGET_MISSING);
                }
                continue;
            }
            if (target instanceof MirrorElement element) {
                AttributeUpdates.apply(mirror, builder, element, change);
            }
        }
    }
}
