package dev.phreplay.dom;

import dev.phreplay.dom.css.CssSheet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of a mirror, iteratively: a checkpoint must survive any nesting depth and must not
 * share mutable state with the original. Immutable parts (serialised meta, records) are shared.
 */
final class MirrorCopier {
    private MirrorCopier() {}

    static Mirror copy(Mirror source) {
        Mirror target = new Mirror(new NodeRegistry(source.nodes.size() + 16), source.skipped.copy());
        target.document = (MirrorDocument) copyTree(source.document, source.nodes, target.nodes);
        for (Map.Entry<Integer, Mirror.LegacyMissingNode> entry : source.legacyMissing.entrySet()) {
            MirrorNode original = entry.getValue().node();
            MirrorNode node;
            if (original.parent() == null) {
                node = copyTree(original, source.nodes, target.nodes);
            } else if (source.nodes.get(original.id()) == original) {
                node = target.nodes.get(original.id());
            } else {
                continue;
            }
            target.legacyMissing.put(entry.getKey(), new Mirror.LegacyMissingNode(node, entry.getValue().mutation()));
        }
        copyGlobals(source, target);
        return target;
    }

    /** Copies everything but the nodes: media, canvases, sheets, fonts, viewport, pointer, selection, counters. */
    static void copyGlobals(Mirror source, Mirror target) {
        target.media.putAll(source.media);
        target.canvases.putAll(source.canvases);
        for (Map.Entry<Integer, CssSheet> entry : source.constructedSheets.entrySet()) {
            target.constructedSheets.put(entry.getKey(), entry.getValue().copy());
        }
        target.adoptedSheets.putAll(source.adoptedSheets);
        target.definedCustomElements.addAll(source.definedCustomElements);
        target.fonts.addAll(source.fonts);
        target.pendingFrameDocuments.addAll(source.pendingFrameDocuments);
        target.viewportWidth = source.viewportWidth;
        target.viewportHeight = source.viewportHeight;
        target.pointerX = source.pointerX;
        target.pointerY = source.pointerY;
        target.pointerTargetId = source.pointerTargetId;
        target.hoveredId = source.hoveredId;
        target.touchActive = source.touchActive;
        target.focusedId = source.focusedId;
        target.selection = source.selection;
        target.currentTime = source.currentTime;
        target.nextSyntheticId = source.nextSyntheticId;
    }

    /** Copies {@code root} with its children, shadow trees and frame documents; registers mapped nodes. */
    private static MirrorNode copyTree(MirrorNode root, NodeRegistry sourceRegistry, NodeRegistry registry) {
        MirrorNode rootCopy = shallow(root, null);
        register(root, rootCopy, sourceRegistry, registry);
        Deque<MirrorNode[]> stack = new ArrayDeque<>();
        stack.push(new MirrorNode[] {root, rootCopy});
        while (!stack.isEmpty()) {
            MirrorNode[] pair = stack.pop();
            MirrorNode original = pair[0];
            MirrorNode copy = pair[1];
            List<MirrorNode> children = original.children;
            if (copy.children instanceof ArrayList<MirrorNode> list) {
                list.ensureCapacity(children.size());
            }
            for (MirrorNode child : children) {
                MirrorNode childCopy = shallow(child, null);
                copy.appendFresh(childCopy);
                register(child, childCopy, sourceRegistry, registry);
                if (!child.children.isEmpty() || child instanceof MirrorElement) {
                    stack.push(new MirrorNode[] {child, childCopy});
                }
            }
            if (original instanceof MirrorElement element && copy instanceof MirrorElement elementCopy) {
                if (element.shadowRoot() != null) {
                    MirrorShadowRoot shadow = new MirrorShadowRoot(elementCopy);
                    elementCopy.setShadowRoot(shadow);
                    stack.push(new MirrorNode[] {element.shadowRoot(), shadow});
                }
                if (element.contentDocument() != null) {
                    MirrorDocument frameDocument = (MirrorDocument) shallow(element.contentDocument(), null);
                    elementCopy.setContentDocument(frameDocument);
                    register(element.contentDocument(), frameDocument, sourceRegistry, registry);
                    stack.push(new MirrorNode[] {element.contentDocument(), frameDocument});
                }
            }
        }
        return rootCopy;
    }

    private static void register(MirrorNode original, MirrorNode copy, NodeRegistry sourceRegistry, NodeRegistry registry) {
        // Only nodes the source maps by id are mapped in the copy (replaced or synthetic nodes are not).
        if (original.id() >= 0 && sourceRegistry.get(original.id()) == original) {
            registry.put(copy);
        }
    }

    private static MirrorNode shallow(MirrorNode node, MirrorElement host) {
        return switch (node) {
            case MirrorElement element -> element.shallowCopy();
            case MirrorCharacterData data -> new MirrorCharacterData(data.id(), data.kind(), data.data());
            case MirrorDoctype doctype -> new MirrorDoctype(doctype.id(), doctype.name(), doctype.publicId(), doctype.systemId());
            case MirrorDocument document -> {
                MirrorDocument copy = new MirrorDocument(document.id(), document.compatMode());
                copy.setScroll(document.scrollX(), document.scrollY());
                yield copy;
            }
            case MirrorShadowRoot shadow -> new MirrorShadowRoot(host);
        };
    }
}
