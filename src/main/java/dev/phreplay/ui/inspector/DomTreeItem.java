package dev.phreplay.ui.inspector;

import dev.phreplay.dom.MirrorNode;
import dev.phreplay.inspect.DomTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A mirror node in the explorer's tree. Children are made on first use, so a big page costs only
 * what is expanded, and {@link #sync()} brings built children up to date with the mirror in place,
 * so the tree keeps its scroll position, selection and expanded nodes while the page changes.
 */
final class DomTreeItem extends TreeItem<MirrorNode> {
    private final Set<Long> expandedKeys;
    private boolean built;
    /** What the cell showed at the last check: the label, and whether the item can expand. */
    private String shown;

    DomTreeItem(MirrorNode node, Set<Long> expandedKeys) {
        super(node);
        this.expandedKeys = expandedKeys;
        setExpanded(expandedKeys.contains(DomTree.key(node)));
        appearanceChanged();
        expandedProperty().addListener((o, was, expanded) -> {
            if (expanded) {
                expandedKeys.add(DomTree.key(getValue()));
            } else {
                expandedKeys.remove(DomTree.key(getValue()));
            }
        });
    }

    @Override
    public boolean isLeaf() {
        return built ? super.getChildren().isEmpty() : DomTree.children(getValue()).isEmpty();
    }

    @Override
    public ObservableList<TreeItem<MirrorNode>> getChildren() {
        if (!built) {
            built = true;
            super.getChildren().setAll(itemsFor(DomTree.children(getValue()), Map.of()));
        }
        return super.getChildren();
    }

    /** Brings this item's built subtree in line with the mirror; returns whether anything changed. */
    boolean sync() {
        if (!built) {
            return false;
        }
        ObservableList<TreeItem<MirrorNode>> current = super.getChildren();
        List<MirrorNode> nodes = DomTree.children(getValue());
        boolean same = current.size() == nodes.size();
        for (int i = 0; same && i < nodes.size(); i++) {
            same = current.get(i).getValue() == nodes.get(i);
        }
        boolean changed = !same;
        if (!same) {
            Map<MirrorNode, TreeItem<MirrorNode>> existing = new IdentityHashMap<>();
            current.forEach(item -> existing.put(item.getValue(), item));
            current.setAll(itemsFor(nodes, existing));
        }
        for (TreeItem<MirrorNode> child : current) {
            changed |= ((DomTreeItem) child).sync();
        }
        return changed;
    }

    /** Whether the cell would show something else than at the last check (then the tree is redrawn). */
    boolean appearanceChanged() {
        String now = DomTree.label(getValue()) + (isLeaf() ? "" : "\u0000+");
        boolean changed = !now.equals(shown);
        shown = now;
        return changed;
    }

    private List<TreeItem<MirrorNode>> itemsFor(List<MirrorNode> nodes, Map<MirrorNode, TreeItem<MirrorNode>> existing) {
        List<TreeItem<MirrorNode>> items = new ArrayList<>(nodes.size());
        for (MirrorNode node : nodes) {
            TreeItem<MirrorNode> item = existing.get(node);
            items.add(item != null ? item : new DomTreeItem(node, expandedKeys));
        }
        return items;
    }
}
