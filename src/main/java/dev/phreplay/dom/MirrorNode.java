package dev.phreplay.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the mirror: the rebuilt page as plain Java objects, the single truth that the
 * renderer, the DOM explorer and the command line read. Ids are rrweb's; nodes that rrweb's
 * rebuild creates without an id (for example the text made from a {@code _cssText}) get
 * negative ids.
 */
public abstract sealed class MirrorNode permits MirrorDocument, MirrorDoctype, MirrorElement, MirrorCharacterData,
        MirrorShadowRoot {
    private final int id;
    private MirrorNode parent;
    final List<MirrorNode> children = new ArrayList<>();

    protected MirrorNode(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public MirrorNode parent() {
        return parent;
    }

    public List<MirrorNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** Inserts {@code child} before {@code before}, or appends when {@code before} is null or not a child. */
    public void insertBefore(MirrorNode child, MirrorNode before) {
        if (child.parent != null) {
            child.parent.removeChild(child);
        }
        int index = before == null ? -1 : indexOf(before);
        if (index < 0) {
            children.add(child);
        } else {
            children.add(index, child);
        }
        child.parent = this;
        childrenChanged();
    }

    public void appendChild(MirrorNode child) {
        insertBefore(child, null);
    }

    public boolean removeChild(MirrorNode child) {
        int index = indexOf(child);
        if (index < 0) {
            return false;
        }
        children.remove(index);
        child.parent = null;
        childrenChanged();
        return true;
    }

    public int indexOf(MirrorNode child) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == child) {
                return i;
            }
        }
        return -1;
    }

    public void removeAllChildren() {
        for (MirrorNode child : children) {
            child.parent = null;
        }
        children.clear();
        childrenChanged();
    }

    /** The first child, or null. */
    public MirrorNode firstChild() {
        return children.isEmpty() ? null : children.getFirst();
    }

    /** The sibling after this node, or null. */
    public MirrorNode nextSibling() {
        if (parent == null) {
            return null;
        }
        int index = parent.indexOf(this);
        return index + 1 < parent.children.size() ? parent.children.get(index + 1) : null;
    }

    /** The nearest element ancestor within the same tree (not across shadow roots or documents), or null. */
    public MirrorElement parentElement() {
        return parent instanceof MirrorElement element ? element : null;
    }

    /** True when {@code other} is this node or a descendant in the same tree. */
    public boolean contains(MirrorNode other) {
        if (children.isEmpty() || other == null) {
            return other == this;
        }
        for (MirrorNode node = other; node != null; node = node.parent) {
            if (node == this) {
                return true;
            }
        }
        return false;
    }

    /** Called after the child list changed; a style element drops its parsed sheet. */
    void childrenChanged() {}

    /** Appends without the checks of insertBefore; for builders and copies of fresh nodes. */
    void appendFresh(MirrorNode child) {
        children.add(child);
        child.parent = this;
    }
}
