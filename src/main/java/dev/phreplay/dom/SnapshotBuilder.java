package dev.phreplay.dom;

import dev.phreplay.event.SerializedNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * rrweb-snapshot's {@code buildNodeWithSN}: builds serialised nodes into mirror nodes and
 * registers them by id. Whole trees are built with an explicit stack.
 */
final class SnapshotBuilder {
    private static final String QUIRKS_HTML = "-//W3C//DTD HTML 4.0 Transitional//EN";
    private static final String QUIRKS_XHTML = "-//W3C//DTD XHTML 1.0 Transitional//EN";

    private final Mirror mirror;
    private final ElementFactory elements;

    SnapshotBuilder(Mirror mirror) {
        this.mirror = mirror;
        this.elements = new ElementFactory(mirror);
    }

    /** A fresh top document built from a full snapshot. */
    MirrorDocument buildDocument(SerializedNode.Document n) {
        MirrorDocument document = newDocument(n);
        buildChildren(n, document);
        return document;
    }

    /** An iframe's document (rrweb's attachDocumentToIframe), replacing its current one. */
    MirrorDocument attachDocument(SerializedNode.Document n, MirrorElement frame) {
        MirrorNode existing = mirror.nodes.get(n.id());
        if (existing instanceof MirrorDocument document && frame.contentDocument() == document) {
            return document;
        }
        if (frame.contentDocument() != null) {
            mirror.nodes.removeSubtree(frame.contentDocument());
        }
        MirrorDocument document = newDocument(n);
        frame.setContentDocument(document);
        buildChildren(n, document);
        return document;
    }

    private MirrorDocument newDocument(SerializedNode.Document n) {
        MirrorDocument document = new MirrorDocument(n.id(), n.compatMode());
        mirror.nodes.put(document);
        if ("BackCompat".equals(n.compatMode()) && !n.childNodes().isEmpty()
                && !(n.childNodes().getFirst() instanceof SerializedNode.Doctype)) {
            boolean xhtml = n.childNodes().getFirst() instanceof SerializedNode.Element first
                    && "http://www.w3.org/1999/xhtml".equals(first.attributes().get("xmlns"));
            document.appendFresh(new MirrorDoctype(mirror.nextSyntheticId(), "html", xhtml ? QUIRKS_XHTML : QUIRKS_HTML, ""));
        }
        return document;
    }

    /**
     * One node without its serialised children ({@code skipChild}), registered by id. Returns the
     * existing node when the id is known with equal meta, as rrweb's duplicate guard does; null for
     * a document node, which callers handle.
     */
    MirrorNode buildOne(SerializedNode n, List<String> childTexts) {
        MirrorNode existing = mirror.nodes.get(n.id());
        if (existing != null && metaEqual(existing, n)) {
            return existing;
        }
        MirrorNode node = switch (n) {
            case SerializedNode.Document d -> null;
            case SerializedNode.Doctype d -> new MirrorDoctype(d.id(), d.name().isEmpty() ? "html" : d.name(), d.publicId(), d.systemId());
            case SerializedNode.Element e -> elements.build(e, childTexts);
            case SerializedNode.Text t -> new MirrorCharacterData(t.id(), MirrorCharacterData.Kind.TEXT,
                    t.isStyle() ? mirror.css.adapt(t.textContent()) : t.textContent());
            case SerializedNode.Cdata c -> new MirrorCharacterData(c.id(), MirrorCharacterData.Kind.CDATA, c.textContent());
            case SerializedNode.Comment c -> new MirrorCharacterData(c.id(), MirrorCharacterData.Kind.COMMENT, c.textContent());
        };
        if (node != null) {
            mirror.nodes.put(node);
            if (node instanceof MirrorElement element && isFrame(element)) {
                // A full snapshot goes to the real DOM, where a new frame shows about:blank; a frame
                // built by a mutation is diffed by rrweb against an empty virtual document.
                element.setContentDocument(mirror.rebuilding ? blankDocument() : new MirrorDocument(mirror.nextSyntheticId(), null));
            }
        }
        return node;
    }

    static boolean isFrame(MirrorElement element) {
        return element.is("iframe") || element.is("frame");
    }

    /** The about:blank document a frame shows until a document is attached. */
    MirrorDocument blankDocument() {
        MirrorDocument document = new MirrorDocument(mirror.nextSyntheticId(), null);
        MirrorElement html = new MirrorElement(mirror.nextSyntheticId(), "html", null);
        html.appendFresh(new MirrorElement(mirror.nextSyntheticId(), "head", null));
        html.appendFresh(new MirrorElement(mirror.nextSyntheticId(), "body", null));
        document.appendFresh(html);
        return document;
    }

    private static boolean metaEqual(MirrorNode existing, SerializedNode n) {
        if (n instanceof SerializedNode.Element e) {
            return existing instanceof MirrorElement element && element.meta != null
                    && element.meta.tagName().equals(e.tagName())
                    && sameInOrder(element.meta.attributes(), e.attributes())
                    && element.meta.flags().svg() == e.flags().svg()
                    && element.meta.flags().needBlock() == e.flags().needBlock();
        }
        return switch (n) {
            case SerializedNode.Doctype d -> existing instanceof MirrorDoctype;
            case SerializedNode.Text t -> existing instanceof MirrorCharacterData c && c.kind() == MirrorCharacterData.Kind.TEXT;
            case SerializedNode.Cdata t -> existing instanceof MirrorCharacterData c && c.kind() == MirrorCharacterData.Kind.CDATA;
            case SerializedNode.Comment t -> existing instanceof MirrorCharacterData c && c.kind() == MirrorCharacterData.Kind.COMMENT;
            default -> false;
        };
    }

    /** rrweb compares {@code JSON.stringify(attributes)}: same entries in the same order. */
    private static boolean sameInOrder(java.util.Map<String, String> a, java.util.Map<String, String> b) {
        return a.size() == b.size() && new ArrayList<>(a.entrySet()).equals(new ArrayList<>(b.entrySet()));
    }

    private record Pending(SerializedNode serialized, MirrorNode parent, String textOverride) {}

    /** Builds all serialised descendants of {@code root} under {@code built}, depth first, with a stack. */
    void buildChildren(SerializedNode root, MirrorNode built) {
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, root, built, List.of());
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            SerializedNode n = pending.serialized();
            if (n instanceof SerializedNode.Document) {
                continue;
            }
            if (pending.textOverride() != null && n instanceof SerializedNode.Text t) {
                n = new SerializedNode.Text(t.id(), pending.textOverride(), t.isStyle(), t.rootId(), t.isShadow());
            }
            List<String> childTexts = new ArrayList<>();
            MirrorNode node = buildOne(n, childTexts);
            if (node == null) {
                continue;
            }
            if (!DomRules.canInsert(pending.parent(), node)) {
                if (node.parent() == null) {
                    mirror.nodes.removeSubtree(node);
                }
                continue;
            }
            MirrorNode parent = pending.parent();
            if (n.isShadow() && parent instanceof MirrorElement host && host.shadowRoot() != null) {
                parent = host.shadowRoot();
            }
            if (node.parent() != null) {
                node.parent().removeChild(node);
            }
            parent.appendFresh(node);
            if (n instanceof SerializedNode.Element e && !ElementFactory.discardsChildren(e)) {
                pushChildren(stack, n, node, childTexts);
            }
        }
    }

    private static void pushChildren(Deque<Pending> stack, SerializedNode n, MirrorNode parent, List<String> texts) {
        List<SerializedNode> children = n.childNodes();
        int textIndex = countTexts(children);
        for (int i = children.size() - 1; i >= 0; i--) {
            SerializedNode child = children.get(i);
            String override = null;
            if (child instanceof SerializedNode.Text) {
                textIndex--;
                override = textIndex < texts.size() ? texts.get(textIndex) : null;
            }
            stack.push(new Pending(child, parent, override));
        }
    }

    private static int countTexts(List<SerializedNode> children) {
        int count = 0;
        for (SerializedNode child : children) {
            if (child instanceof SerializedNode.Text) {
                count++;
            }
        }
        return count;
    }

    static boolean sameRoot(Integer a, Integer b) {
        return Objects.equals(a, b);
    }
}
