package dev.phreplay.inspect;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.MirrorShadowRoot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The mirror as the DOM explorer walks it: shadow roots and iframe documents are children of their host. */
public final class DomTree {
    private static final int MAX_TEXT = 60;

    private DomTree() {}

    /** The shadow root first, then an iframe's document, then the child nodes. */
    public static List<MirrorNode> children(MirrorNode node) {
        if (!(node instanceof MirrorElement element) || element.shadowRoot() == null && element.contentDocument() == null) {
            return node.children();
        }
        List<MirrorNode> children = new ArrayList<>(node.children().size() + 2);
        if (element.shadowRoot() != null) {
            children.add(element.shadowRoot());
        }
        if (element.contentDocument() != null) {
            children.add(element.contentDocument());
        }
        children.addAll(node.children());
        return children;
    }

    /** A stable key for a node: its id, or for a shadow root (which has none) a key derived from its host. */
    public static long key(MirrorNode node) {
        return node instanceof MirrorShadowRoot shadow ? (1L << 40) + shadow.host().id() : node.id();
    }

    /** Every node under {@code root}, itself first, in document order. */
    public static List<MirrorNode> preorder(MirrorNode root) {
        List<MirrorNode> nodes = new ArrayList<>();
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            nodes.add(node);
            List<MirrorNode> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return nodes;
    }

    /** The nodes from {@code root} down to the node with {@code id}, or an empty list when it is not in the tree. */
    public static List<MirrorNode> pathTo(MirrorNode root, int id) {
        List<MirrorNode> path = new ArrayList<>();
        return find(root, id, path) ? path : List.of();
    }

    private static boolean find(MirrorNode node, int id, List<MirrorNode> path) {
        path.add(node);
        if (node.id() == id && !(node instanceof MirrorShadowRoot)) {
            return true;
        }
        for (MirrorNode child : children(node)) {
            if (find(child, id, path)) {
                return true;
            }
        }
        path.removeLast();
        return false;
    }

    /** One line for a tree row: {@code <div id="a" class="b">}, {@code "text…"}, {@code #document}... */
    public static String label(MirrorNode node) {
        return switch (node) {
            case MirrorDocument document -> "#document";
            case MirrorShadowRoot shadow -> "#shadow-root";
            case MirrorDoctype doctype -> "<!DOCTYPE " + doctype.name() + ">";
            case MirrorCharacterData data -> switch (data.kind()) {
                case TEXT -> "\"" + shorten(data.data().strip().replaceAll("\\s+", " ")) + "\"";
                case COMMENT -> "<!-- " + shorten(data.data().strip()) + " -->";
                case CDATA -> "<![CDATA[" + shorten(data.data()) + "]]>";
            };
            case MirrorElement element -> startTag(element);
        };
    }

    private static String startTag(MirrorElement element) {
        StringBuilder tag = new StringBuilder("<").append(element.tagName());
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            tag.append(' ').append(attribute.getKey());
            if (!attribute.getValue().isEmpty()) {
                tag.append("=\"").append(shorten(attribute.getValue())).append('"');
            }
        }
        return tag.append('>').toString();
    }

    /** The text inside a node, whitespace collapsed, at most {@code max} characters. */
    public static String textContent(MirrorNode node, int max) {
        StringBuilder text = new StringBuilder();
        for (MirrorNode each : preorder(node)) {
            if (each instanceof MirrorCharacterData data && data.kind() == MirrorCharacterData.Kind.TEXT) {
                text.append(data.data());
                if (text.length() > max * 2) {
                    break;
                }
            }
        }
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        return collapsed.length() > max ? collapsed.substring(0, max) + "…" : collapsed;
    }

    private static String shorten(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
