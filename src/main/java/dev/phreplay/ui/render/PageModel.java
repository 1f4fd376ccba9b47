package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.MirrorShadowRoot;
import dev.phreplay.util.IntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the page holds, as the ops sent to renderer.js left it: the base from which a seek's
 * changes are computed ({@link Reconciler}), so that a seek redraws only what differs. It follows
 * the ops, not the mirror: a node the page forgot is forgotten here too.
 */
final class PageModel {
    /** One node of the page. A shadow root is the {@code shadow} of its host, outside the id map. */
    static final class Shown {
        static final byte DOCUMENT = 0;
        static final byte DOCTYPE = 1;
        static final byte ELEMENT = 2;
        static final byte SHADOW_ROOT = 6;

        final int id;
        final byte kind;
        /** What must stay equal for the page's node to be kept, besides the kind: an element's tag, a doctype's ids. */
        final String name;
        /** An element's namespace. */
        final String namespace;
        String data;
        String[] attributes = NO_ATTRIBUTES;
        final List<Shown> children = new ArrayList<>(0);
        Shown parent;
        Shown shadowRoot;
        Shown frameDocument;
        String value;
        Boolean checked;
        Boolean selectedness;
        double scrollLeft;
        double scrollTop;
        String sheetRules;
        /** The reconciliation that kept this node ({@link Reconciler}). */
        int kept;
        /** A canvas given a picture: the page marked it, so it is drawn afresh rather than kept. */
        boolean painted;

        Shown(int id, byte kind, String name, String namespace) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.namespace = namespace;
        }

        /** Same kind, tag and namespace (doctype: same ids): the page's node can show {@code node}. */
        boolean isSameNodeAs(MirrorNode node) {
            return switch (node) {
                case MirrorElement element -> kind == ELEMENT && element.tagName().equals(name)
                        && Objects.equals(element.namespace(), namespace);
                case MirrorDoctype doctype -> kind == DOCTYPE && doctypeName(doctype).equals(name);
                default -> kind == kindOf(node);
            };
        }

        boolean isShadowRoot() {
            return kind == SHADOW_ROOT;
        }

        void writeKey(JsText out) {
            if (isShadowRoot()) {
                out.string("s" + parent.id);
            } else {
                out.number((long) id);
            }
        }
    }

    private static final String[] NO_ATTRIBUTES = new String[0];

    private final IntMap<Shown> nodes = new IntMap<>();
    private Shown document;
    /** False once an op the page may not have followed was seen: the next seek redraws whole. */
    private boolean trusted;

    Shown document() {
        return trusted ? document : null;
    }

    Shown get(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    /** The page was drawn whole from {@code root}. */
    void reset(MirrorDocument root) {
        nodes.clear();
        document = copy(root);
        trusted = true;
    }

    void distrust() {
        trusted = false;
    }

    /** As renderer.js inserts: a node already shown under that id moves out first; an unknown parent fails. */
    void inserted(MirrorNode parent, MirrorNode node, MirrorNode before) {
        Shown into = find(parent);
        if (into == null) {
            distrust();
            return;
        }
        Shown old = nodes.get(node.id());
        if (old != null) {
            removed(old);
        }
        Shown shown = copy(node);
        Shown next = before == null ? null : find(before);
        attach(into, shown, next != null && next.parent == into ? into.children.indexOf(next) : into.children.size());
    }

    void removed(MirrorNode node) {
        Shown shown = find(node);
        if (shown != null) {
            removed(shown);
        }
    }

    /** Takes {@code shown} out of its parent and forgets its subtree, as renderer.js does. */
    void removed(Shown shown) {
        if (shown.parent != null) {
            if (shown.isShadowRoot()) {
                shown.parent.shadowRoot = null;
            } else if (shown.parent.frameDocument == shown) {
                shown.parent.frameDocument = null;
            } else {
                shown.parent.children.remove(shown);
            }
            shown.parent = null;
        }
        forget(shown);
    }

    /** A child its parent's list no longer holds (the caller took it out): forgets its subtree. */
    void detached(Shown shown) {
        shown.parent = null;
        forget(shown);
    }

    void frameAttached(MirrorElement frame, MirrorDocument content) {
        Shown element = nodes.get(frame.id());
        if (element == null) {
            distrust();
            return;
        }
        if (element.frameDocument != null) {
            removed(element.frameDocument);
        }
        Shown copy = copy(content);
        copy.parent = element;
        element.frameDocument = copy;
    }

    /** Moves a kept node to {@code index} among {@code parent}'s children. */
    void moved(Shown node, Shown parent, int index) {
        parent.children.remove(node);
        attach(parent, node, Math.min(index, parent.children.size()));
    }

    void attach(Shown parent, Shown child, int index) {
        child.parent = parent;
        parent.children.add(index, child);
    }

    void attributeChanged(MirrorElement element, String name, String value) {
        Shown shown = nodes.get(element.id());
        if (shown != null) {
            shown.attributes = withAttribute(shown.attributes, name, value);
        }
    }

    void characterDataChanged(MirrorCharacterData node) {
        Shown shown = nodes.get(node.id());
        if (shown != null) {
            shown.data = node.data();
        }
    }

    void inputChanged(MirrorElement element) {
        Shown shown = nodes.get(element.id());
        if (shown != null) {
            shown.value = element.value() == null ? shown.value : element.value();
            shown.checked = element.checked() == null ? shown.checked : element.checked();
        }
        if (element.is("select")) {
            TreeWriter.forEachSelectedness(element, (option, selected) -> {
                Shown shownOption = nodes.get(option.id());
                if (shownOption != null) {
                    shownOption.selectedness = selected;
                }
            });
        }
    }

    void scrolled(MirrorNode target, double left, double top) {
        if (target instanceof MirrorElement && nodes.get(target.id()) instanceof Shown shown) {
            shown.scrollLeft = left;
            shown.scrollTop = top;
        }
    }

    void sheetChanged(MirrorElement style, String rules) {
        Shown shown = nodes.get(style.id());
        if (shown != null) {
            shown.sheetRules = rules;
        }
    }

    void painted(MirrorElement canvas) {
        Shown shown = nodes.get(canvas.id());
        if (shown != null) {
            shown.painted = true;
        }
    }

    /** The shown node for a mirror node (a shadow root: its host's, made when the page makes it late). */
    Shown find(MirrorNode node) {
        if (node instanceof MirrorShadowRoot root) {
            Shown host = nodes.get(root.host().id());
            if (host != null && host.shadowRoot == null) {
                host.shadowRoot = shadowRootOf(host);
            }
            return host == null ? null : host.shadowRoot;
        }
        return nodes.get(node.id());
    }

    /** A copy of a mirror subtree, registered by id: what renderer.js builds from {@link TreeWriter}'s form. */
    Shown copy(MirrorNode node) {
        Shown shown = switch (node) {
            case MirrorElement element -> new Shown(node.id(), Shown.ELEMENT, element.tagName(), element.namespace());
            case MirrorDoctype doctype -> new Shown(node.id(), Shown.DOCTYPE, doctypeName(doctype), null);
            default -> new Shown(node.id(), kindOf(node), null, null);
        };
        nodes.put(node.id(), shown);
        switch (node) {
            case MirrorCharacterData data -> shown.data = data.data();
            case MirrorElement element -> copyElement(element, shown);
            default -> { }
        }
        copyChildren(node, shown);
        return shown;
    }

    private void copyElement(MirrorElement element, Shown shown) {
        shown.attributes = attributesOf(element);
        shown.value = element.value();
        shown.checked = element.checked();
        shown.selectedness = element.selectedness();
        shown.scrollLeft = element.scrollLeft();
        shown.scrollTop = element.scrollTop();
        shown.sheetRules = TreeWriter.insertedRules(element);
        if (element.shadowRoot() != null) {
            shown.shadowRoot = shadowRootOf(shown);
            copyChildren(element.shadowRoot(), shown.shadowRoot);
        }
        if (element.contentDocument() != null) {
            shown.frameDocument = copy(element.contentDocument());
            shown.frameDocument.parent = shown;
        }
    }

    private void copyChildren(MirrorNode from, Shown into) {
        for (MirrorNode child : from.children()) {
            attach(into, copy(child), into.children.size());
        }
    }

    private static Shown shadowRootOf(Shown host) {
        Shown root = new Shown(-1, Shown.SHADOW_ROOT, null, null);
        root.parent = host;
        return root;
    }

    private void forget(Shown shown) {
        if (!shown.isShadowRoot() && nodes.get(shown.id) == shown) {
            nodes.remove(shown.id);
        }
        for (Shown child : shown.children) {
            forget(child);
        }
        if (shown.shadowRoot != null) {
            forget(shown.shadowRoot);
        }
        if (shown.frameDocument != null) {
            forget(shown.frameDocument);
        }
    }

    static byte kindOf(MirrorNode node) {
        return switch (node) {
            case MirrorDocument document -> Shown.DOCUMENT;
            case MirrorDoctype doctype -> Shown.DOCTYPE;
            case MirrorElement element -> Shown.ELEMENT;
            case MirrorCharacterData data -> (byte) TreeWriter.kindCode(data.kind());
            case MirrorShadowRoot root -> Shown.SHADOW_ROOT;
        };
    }

    private static String doctypeName(MirrorDoctype doctype) {
        return doctype.name() + '\u0000' + doctype.publicId() + '\u0000' + doctype.systemId();
    }

    /** Whether {@code pairs} are the element's attributes, in its order. */
    static boolean sameAttributes(String[] pairs, MirrorElement element) {
        if (element.attributeCount() * 2 != pairs.length) {
            return false;
        }
        int[] at = {0};
        boolean[] same = {true};
        element.forEachAttribute((name, value) -> {
            int i = at[0];
            same[0] &= pairs[i].equals(name) && pairs[i + 1].equals(value == null ? "" : value);
            at[0] = i + 2;
        });
        return same[0];
    }

    /** Name/value pairs, as TreeWriter writes them (a null value as empty). */
    static String[] attributesOf(MirrorElement element) {
        int count = element.attributeCount();
        if (count == 0) {
            return NO_ATTRIBUTES;
        }
        String[] pairs = new String[count * 2];
        int[] at = {0};
        element.forEachAttribute((name, value) -> {
            pairs[at[0]++] = name;
            pairs[at[0]++] = value == null ? "" : value;
        });
        return pairs;
    }

    static int indexOf(String[] pairs, String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] withAttribute(String[] pairs, String name, String value) {
        int at = indexOf(pairs, name);
        if (value == null) {
            if (at < 0) {
                return pairs;
            }
            String[] fewer = new String[pairs.length - 2];
            System.arraycopy(pairs, 0, fewer, 0, at);
            System.arraycopy(pairs, at + 2, fewer, at, pairs.length - at - 2);
            return fewer;
        }
        String[] changed = at < 0 ? Arrays.copyOf(pairs, pairs.length + 2) : pairs.clone();
        int index = at < 0 ? pairs.length : at;
        changed[index] = name;
        changed[index + 1] = value;
        return changed;
    }
}
