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
    }
}
