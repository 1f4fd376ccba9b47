package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.render.PageModel.Shown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the page into a rebuilt mirror by changing only what differs, so that a seek near the
 * shown moment costs WebKit little layout. A page node is kept when the mirror has a node of
 * the same id, kind and tag under the same parent; everything else is removed first, then the
 * kept nodes are updated and put in order and the new ones inserted. Removing before inserting
 * matters: renderer.js forgets the keys of a removed subtree, and a node may change parents.
 */
final class Reconciler {
    private final PageModel model;
    private final OpWriter ops;
    /** State ops (values, sheets), written once the tree is final: a text changed after a sheet would reset it. */
    private final List<Runnable> stateChanges = new ArrayList<>();
    private final List<Shown> scrolled = new ArrayList<>();
    private int generation;

    Reconciler(PageModel model, OpWriter ops) {
        this.model = model;
        this.ops = ops;
    }

    /** Writes the ops that make the page show {@code target}; false when it must be drawn whole. */
    boolean reconcile(MirrorDocument target) {
        Shown root = model.document();
        if (root == null || root.id != target.id()) {
            return false;
        }
        generation++;
        root.kept = generation;
        removeUnkept(root, target);
        update(root, target);
        // after every change to the tree, as a page drawn whole sets them last
        stateChanges.forEach(Runnable::run);
        stateChanges.clear();
        for (Shown element : scrolled) {
            ops.scroll(key(element), element.scrollLeft, element.scrollTop);
        }
        scrolled.clear();
        return true;
    }

    // ---- first: remove what is not kept ---------------------------------------------------------
    private void removeUnkept(Shown shown, MirrorNode node) {
        if (node instanceof MirrorElement element) {
            if (shown.shadowRoot != null) {
                removeUnkeptChildren(shown.shadowRoot, element.shadowRoot().children());
            }
            MirrorDocument content = element.contentDocument();
            if (shown.frameDocument != null) {
                if (content != null && content.id() == shown.frameDocument.id) {
                    shown.frameDocument.kept = generation;
                    removeUnkept(shown.frameDocument, content);
                } else {
                    removeAll(shown.frameDocument);
                    model.removed(shown.frameDocument);
                }
            }
        }
        removeUnkeptChildren(shown, node.children());
    }

    private void removeUnkeptChildren(Shown parent, List<MirrorNode> targets) {
        int kept = 0;
        for (MirrorNode target : targets) {
            Shown old = model.get(target.id());
            if (old != null && old.parent == parent && compatible(old, target)) {
                old.kept = generation;
                kept++;
            }
        }
        if (kept < parent.children.size()) {
            removeUnkept(parent.children);
        }
        for (MirrorNode target : targets) {
            Shown old = model.get(target.id());
            if (old != null && old.parent == parent) {
                removeUnkept(old, target);
            }
        }
    }

    /** Removes the children not kept in one pass (one by one would be quadratic on a long list). */
    private void removeUnkept(List<Shown> children) {
        int kept = 0;
        for (int i = 0; i < children.size(); i++) {
            Shown child = children.get(i);
            if (child.kept == generation) {
                children.set(kept++, child);
            } else {
                writeRemove(child);
                model.detached(child);
            }
        }
        children.subList(kept, children.size()).clear();
    }

    private void removeAll(Shown parent) {
        for (Shown child : parent.children.toArray(new Shown[0])) {
            writeRemove(child);
            model.removed(child);
        }
    }

    /** Whether the page's node can show {@code target} by updates alone. */
    static boolean compatible(Shown old, MirrorNode target) {
        if (!old.isSameNodeAs(target)) {
            return false;
        }
        if (!(target instanceof MirrorElement element)) {
            return true;
        }
        // Live state the page cannot take back (a value, a checked box, a sheet or a picture set by
        // an op) is only ever replaced, never cleared: such an element is drawn afresh.
        return (old.shadowRoot != null) == (element.shadowRoot() != null) && !old.painted
                && (old.frameDocument == null || element.contentDocument() != null)
                && (old.value == null || element.value() != null)
                && (old.checked == null || element.checked() != null)
                && (old.selectedness == null || element.selectedness() != null)
                && (old.sheetRules == null || TreeWriter.insertedRules(element) != null);
    }

    // ---- then: update the kept nodes, order the children, insert the new ones -----------------------
    private void update(Shown shown, MirrorNode node) {
        switch (node) {
            case MirrorCharacterData data -> updateData(shown, data);
            case MirrorElement element -> updateElement(shown, element);
            default -> { }
        }
        int opsBefore = ops.count();
        updateChildren(shown, node.children());
        if (node instanceof MirrorElement element) {
            updateState(shown, element, ops.count() != opsBefore);
        }
    }

    private void updateChildren(Shown parent, List<MirrorNode> targets) {
        List<Shown> order = inOrder(parent, targets) ? parent.children : Arrays.asList(order(parent, targets));
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).kept == generation) {
                update(order.get(i), targets.get(i));
            }
        }
    }

    /** The usual case: every child kept, none added, none moved. */
    private boolean inOrder(Shown parent, List<MirrorNode> targets) {
        if (parent.children.size() != targets.size()) {
            return false;
        }
        for (int i = 0; i < targets.size(); i++) {
            Shown child = parent.children.get(i);
            if (child.id != targets.get(i).id() || child.kept != generation) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts the kept children in the target's order and inserts the new ones, from the last to the
     * first. The longest run of kept children already in the target's order stays; every other kept
     * child is moved before the one placed after it (moving fewer nodes than keeping only the run
     * at the end, which moved a whole list behind one child out of place).
     */
    private Shown[] order(Shown parent, List<MirrorNode> targets) {
        Shown[] kept = new Shown[targets.size()];
        int[] pageIndex = new int[targets.size()];
        Map<Shown, Integer> indexInPage = new IdentityHashMap<>();
        for (int i = 0; i < parent.children.size(); i++) {
            indexInPage.put(parent.children.get(i), i);
        }
        for (int i = 0; i < targets.size(); i++) {
            Shown old = model.get(targets.get(i).id());
            boolean keptHere = old != null && old.parent == parent && old.kept == generation;
            kept[i] = keptHere ? old : null;
            pageIndex[i] = keptHere ? indexInPage.get(old) : -1;
        }
        boolean[] stays = longestInOrder(pageIndex);
        Shown[] result = new Shown[targets.size()];
        Shown next = null;
        for (int i = targets.size() - 1; i >= 0; i--) {
            Shown placed = place(parent, next, kept[i], stays[i], targets.get(i));
            placed.parent = parent;
            result[i] = placed;
            next = placed;
        }
        parent.children.clear();
        parent.children.addAll(Arrays.asList(result));
        return result;
    }

    private Shown place(Shown parent, Shown next, Shown old, boolean stays, MirrorNode target) {
        if (old != null && stays) {
            return old;
        }
        if (old != null && !losesStateWhenMoved(old)) {
            writeMove(parent, next, old);
            rescroll(old);
            return old;
        }
        if (old != null) {
            // moving an iframe makes WebKit load it again, empty, and a modal dialog leaves the top
            // layer: such a subtree is drawn afresh instead
            writeRemove(old);
            model.detached(old);
        }
        writeInsert(parent, next, target);
        return model.copy(target);
    }

    /**
     * Of the entries at or above 0, which form a longest strictly increasing run (patience sorting,
     * n log n): the kept children that need not move.
     */
    static boolean[] longestInOrder(int[] pageIndex) {
        int[] tails = new int[pageIndex.length];
        int[] previous = new int[pageIndex.length];
        int length = 0;
        for (int i = 0; i < pageIndex.length; i++) {
            if (pageIndex[i] < 0) {
                continue;
            }
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pageIndex[tails[middle]] < pageIndex[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] stays = new boolean[pageIndex.length];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            stays[i] = true;
        }
        return stays;
    }

    private static boolean losesStateWhenMoved(Shown node) {
        if (node.frameDocument != null || node.kind == Shown.ELEMENT && "dialog".equalsIgnoreCase(node.name)) {
            return true;
        }
        for (Shown child : node.children) {
            if (losesStateWhenMoved(child)) {
                return true;
            }
        }
        return node.shadowRoot != null && losesStateWhenMoved(node.shadowRoot);
    }

    /** A moved element's scroll offsets (and its descendants') are lost with its layout: set again at the end. */
    private void rescroll(Shown node) {
        if (node.scrollLeft != 0 || node.scrollTop != 0) {
            scrolled.add(node);
        }
        for (Shown child : node.children) {
            rescroll(child);
        }
        if (node.shadowRoot != null) {
            rescroll(node.shadowRoot);
        }
    }

    private void updateData(Shown shown, MirrorCharacterData data) {
        if (!Objects.equals(shown.data, data.data())) {
            ops.text(key(shown), data.data());
            shown.data = data.data();
        }
    }

    private void updateElement(Shown shown, MirrorElement element) {
        if (!PageModel.sameAttributes(shown.attributes, element)) {
            updateAttributes(shown, PageModel.attributesOf(element));
        }
        if (shown.shadowRoot != null) {
            updateChildren(shown.shadowRoot, element.shadowRoot().children());
        }
        MirrorDocument content = element.contentDocument();
        if (content != null && shown.frameDocument != null) {
            update(shown.frameDocument, content);
        } else if (content != null) {
            ops.frame(key(shown), content);
            model.frameAttached(element, content);
        }
    }

    private void updateAttributes(Shown shown, String[] target) {
        String[] old = shown.attributes;
        for (int i = 0; i < target.length; i += 2) {
            int at = PageModel.indexOf(old, target[i]);
            if (at < 0 || !old[at + 1].equals(target[i + 1])) {
                writeAttribute(shown, target[i], target[i + 1]);
            }
        }
        for (int i = 0; i < old.length; i += 2) {
            if (PageModel.indexOf(target, old[i]) < 0) {
                writeAttribute(shown, old[i], null);
            }
        }
        shown.attributes = target;
    }

    /** {@code childrenChanged}: a style element's text changed, which makes WebKit parse its sheet again. */
    private void updateState(Shown shown, MirrorElement element, boolean childrenChanged) {
        String value = element.value();
        Boolean checked = element.checked();
        if (value != null && !value.equals(shown.value) || checked != null && !checked.equals(shown.checked)) {
            stateChanges.add(() -> ops.input(key(shown), value, checked));
            shown.value = element.value();
            shown.checked = element.checked();
        }
        if (element.selectedness() != null && !element.selectedness().equals(shown.selectedness)) {
            Boolean selected = element.selectedness();
            stateChanges.add(() -> ops.selected(key(shown), selected));
            shown.selectedness = element.selectedness();
        }
        String rules = TreeWriter.insertedRules(element);
        if (rules != null && (childrenChanged || !rules.equals(shown.sheetRules))) {
            stateChanges.add(() -> ops.sheet(key(shown), rules));
            shown.sheetRules = rules;
        }
        if (element.scrollLeft() != shown.scrollLeft || element.scrollTop() != shown.scrollTop) {
            shown.scrollLeft = element.scrollLeft();
            shown.scrollTop = element.scrollTop();
            scrolled.add(shown);
        }
    }

    // ---- the ops ---------------------------------------------------------------------------
    private void writeAttribute(Shown element, String name, String value) {
        ops.attribute(key(element), name, value);
    }

    private void writeRemove(Shown node) {
        ops.remove(key(node));
    }

    private void writeMove(Shown parent, Shown before, Shown node) {
        ops.move(key(parent), key(before), key(node));
    }

    private void writeInsert(Shown parent, Shown before, MirrorNode node) {
        ops.insert(key(parent), key(before), node);
    }

    /** A page node's key; null (append) as null. */
    private static OpWriter.Key key(Shown node) {
        return out -> {
            if (node == null) {
                out.raw("null");
            } else {
                node.writeKey(out);
            }
        };
    }
}
