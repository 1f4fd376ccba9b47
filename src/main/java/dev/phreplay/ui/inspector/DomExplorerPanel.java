package dev.phreplay.ui.inspector;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorListener;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.inspect.DomQuery;
import dev.phreplay.inspect.DomTree;
import dev.phreplay.inspect.Durations;
import dev.phreplay.inspect.NodeChange;
import dev.phreplay.inspect.NodeHistoryIndex;
import dev.phreplay.ui.render.AfterPaint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The DOM explorer: the mirror's document at the playhead as a tree, kept up to date while playing
 * without losing the selection or the expanded nodes (both keyed by node id); the selected node's
 * attributes and text; search by text or CSS selector; and the node's history, each item a jump.
 *
 * <p>The panel reads the mirror on the FX thread: the player must apply events there too (or pass a
 * copy). Feed it with {@link #setDocument} and {@link #refresh}, or register {@link #changeListener()}.
 */
public final class DomExplorerPanel extends BorderPane implements InspectorPanel {
    public enum SearchMode { TEXT, CSS }

    /** Playing at 16x changes the mirror every pulse; the tree follows four times a second. */
    static final long REFRESH_INTERVAL_MS = 250;

    private final TreeView<MirrorNode> tree = new TreeView<>();
    private final Set<Long> expandedKeys = new HashSet<>();
    private final ReadOnlyObjectWrapper<Integer> selectedNodeId = new ReadOnlyObjectWrapper<>();
    private final TextArea details = new TextArea();
    private final ListView<NodeChange> history = new ListView<>();
    private final TextField search = new TextField();
    private final ChoiceBox<SearchMode> mode = new ChoiceBox<>();
    private final Label searchStatus = new Label();
    private final SeekHook seek = new SeekHook();
    private MirrorDocument document;
    private NodeHistoryIndex nodeHistory;
    private String windowId;
    private List<MirrorNode> matches = List.of();
    private int matchIndex = -1;
    private boolean refreshPending;
    /**
     * A rebuilt document (a seek) waits until the page's frame is painted: the page is drawn first,
     * then the tree. Until then the tree shows the nodes of the document before the seek.
     */
    private MirrorDocument pendingDocument;
    private boolean waitingForThePage;
    /** How often a refresh redrew the tree's cells (tests). */
    private int treeRedraws;
    private long lastRefreshNanos;
    private final PauseTransition refreshTimer = new PauseTransition();
    private boolean rebuilding;

    public DomExplorerPanel() {
        getStyleClass().add("inspector-dom");
        tree.setId("dom-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> selectionChanged(item));
        details.setId("dom-details");
        details.setEditable(false);
        details.setWrapText(true);
        history.setId("dom-history");
        history.setCellFactory(view -> new ChangeCell());
        VBox side = new VBox(4, new Label("Node"), details, new Label("History"), history);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        side.setPadding(new Insets(4));
        SplitPane split = new SplitPane(tree, side);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(searchBar());
        setCenter(split);
        refreshTimer.setOnFinished(event -> refresh());
    }

    private HBox searchBar() {
        search.setId("dom-search");
        search.setPromptText("Find by text or CSS selector");
        search.setOnAction(event -> runSearch());
        mode.setId("dom-search-mode");
        mode.getItems().setAll(SearchMode.values());
        mode.setValue(SearchMode.TEXT);
        Button next = new Button("Next");
        next.setId("dom-search-next");
        next.setOnAction(event -> nextMatch());
        searchStatus.setId("dom-search-status");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(4, mode, search, next, searchStatus);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        return bar;
    }

    /** Shows a document (a new one after a full snapshot or a seek); expanded nodes and the selection carry over by id. */
    public void setDocument(MirrorDocument document) {
        pendingDocument = null;
        Integer selected = selectedNodeId.get();
        this.document = document;
        rebuilding = true;
        try {
            tree.setRoot(document == null ? null : new DomTreeItem(document, expandedKeys));
            if (tree.getRoot() != null) {
                tree.getRoot().setExpanded(true);
            }
        } finally {
            rebuilding = false;
        }
        restoreSelection(selected);
    }

    /** The document changed in place: update the tree, keeping scroll, selection and expansion. */
    public void refresh() {
        refreshPending = false;
        refreshTimer.stop();
        lastRefreshNanos = System.nanoTime();
        if (pendingDocument != null) {
            setDocument(pendingDocument);
            return;
        }
        if (document == null || tree.getRoot() == null) {
            return;
        }
        Integer selected = selectedNodeId.get();
        rebuilding = true;
        boolean changed;
        try {
            changed = ((DomTreeItem) tree.getRoot()).sync() | shownRowsChanged();
        } finally {
            rebuilding = false;
        }
        // redrawing every cell 4 times a second costs frames while playing; only a visible change does it
        if (changed) {
            treeRedraws++;
            tree.refresh();
        }
        restoreSelection(selected);
    }

    /** Whether a row on screen would now show another label, or another disclosure (checks every shown row). */
    private boolean shownRowsChanged() {
        boolean changed = false;
        for (Node node : tree.lookupAll(".tree-cell")) {
            if (node instanceof TreeCell<?> cell && cell.getTreeItem() instanceof DomTreeItem item) {
                changed |= item.appearanceChanged();
            }
        }
        return changed;
    }

    /** After the tree changed under it: the node selected before stays selected if it is still there. */
    private void restoreSelection(Integer selected) {
        TreeItem<MirrorNode> item = tree.getSelectionModel().getSelectedItem();
        boolean kept = selected != null && item != null && item.getValue().id() == selected && attached(item);
        if (!kept && (selected == null || !select(selected))) {
            tree.getSelectionModel().clearSelection();
            selectionChanged(null);
            return;
        }
        showNode(tree.getSelectionModel().getSelectedItem().getValue());
        showHistory(selectedNodeId.get());
    }

    /**
     * A listener for the mirror that keeps this panel current: rebuilds on a new document, and on changes
     * refreshes at most every {@link #REFRESH_INTERVAL_MS} ms, so a fast playback is not slowed by the tree.
     */
    public MirrorListener changeListener() {
        return new MirrorListener() {
            @Override public void documentRebuilt(MirrorDocument rebuilt) {
                onFx(() -> {
                    pendingDocument = rebuilt;
                    refreshAfterThePage();
                });
            }
            @Override public void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) { requestRefresh(); }
            @Override public void nodeRemoved(MirrorNode parent, MirrorNode node) { requestRefresh(); }
            @Override public void attributeChanged(MirrorElement element, String name, String value) { requestRefresh(); }
            @Override public void characterDataChanged(MirrorCharacterData node) { requestRefresh(); }
            @Override public void inputChanged(MirrorElement element) { requestRefresh(); }
        };
    }

    /**
     * A timed refresh could fall in the pulse that draws the sought page and delay it by a whole
     * tree rebuild, so it waits for that frame instead; the refresh then runs after the work the
     * frame's painting released.
     */
    private void refreshAfterThePage() {
        refreshTimer.stop();
        refreshPending = true;
        if (waitingForThePage) {
            return;
        }
        waitingForThePage = true;
        AfterPaint.run(() -> {
            waitingForThePage = false;
            refreshPending = false;
            requestRefresh();
        });
    }

    private void requestRefresh() {
        onFx(() -> {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
            long waitMs = REFRESH_INTERVAL_MS - (System.nanoTime() - lastRefreshNanos) / 1_000_000;
            if (waitMs <= 0) {
                Platform.runLater(this::refresh);
            } else {
                refreshTimer.setDuration(Duration.millis(waitMs));
                refreshTimer.playFromStart();
            }
        });
    }

    /** True while a change of the mirror waits for its refresh of the tree. */
    public boolean isRefreshPending() {
        return refreshPending;
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Where node histories come from, and which window's ids the document uses. */
    public void setNodeHistory(NodeHistoryIndex nodeHistory, String windowId) {
        this.nodeHistory = nodeHistory;
        this.windowId = windowId;
        showHistory(selectedNodeId.get());
    }

    /** The id of the selected node, or null; the player highlights it in the page. */
    public ReadOnlyObjectProperty<Integer> selectedNodeIdProperty() {
        return selectedNodeId.getReadOnlyProperty();
    }

    /** Selects a node (e.g. picked in the page), expanding its ancestors; false when it is not in the document. */
    public boolean select(int nodeId) {
        if (document == null) {
            return false;
        }
        List<MirrorNode> path = DomTree.pathTo(document, nodeId);
        if (path.isEmpty()) {
            return false;
        }
        TreeItem<MirrorNode> item = tree.getRoot();
        for (MirrorNode node : path.subList(1, path.size())) {
            item.setExpanded(true);
            item = item.getChildren().stream().filter(child -> child.getValue() == node).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
        }
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
        return true;
    }

    @Override
    public void setPlayhead(long offsetMs) {
        // The tree follows the mirror, which the player moves to the playhead; nothing else to do.
    }

    @Override
    public void onSeek(LongConsumer seek) {
        this.seek.set(seek);
    }

    int treeRedraws() {
        return treeRedraws;
    }

    TreeView<MirrorNode> tree() {
        return tree;
    }

    ListView<NodeChange> history() {
        return history;
    }

    TextArea details() {
        return details;
    }

    /** Runs the search in the box; selects the first match. */
    public void search(SearchMode searchMode, String query) {
        mode.setValue(searchMode);
        search.setText(query);
        runSearch();
    }

    public List<MirrorNode> matches() {
        return matches;
    }

    private void runSearch() {
        matches = List.of();
        matchIndex = -1;
        String query = search.getText() == null ? "" : search.getText().strip();
        if (document == null || query.isEmpty()) {
            searchStatus.setText("");
            return;
        }
        try {
            matches = mode.getValue() == SearchMode.CSS ? DomQuery.selector(query).select(document) : DomQuery.text(document, query);
        } catch (IllegalArgumentException badSelector) {
            searchStatus.setText(badSelector.getMessage());
            return;
        }
        searchStatus.setText(matches.size() == 1 ? "1 match" : matches.size() + " matches");
        nextMatch();
    }

    private void nextMatch() {
        if (matches.isEmpty()) {
            return;
        }
        matchIndex = (matchIndex + 1) % matches.size();
        select(matches.get(matchIndex).id());
        searchStatus.setText((matchIndex + 1) + " of " + matches.size());
    }

    private boolean attached(TreeItem<MirrorNode> item) {
        TreeItem<MirrorNode> up = item;
        while (up.getParent() != null) {
            if (!up.getParent().getChildren().contains(up)) {
                return false;
            }
            up = up.getParent();
        }
        return up == tree.getRoot();
    }

    private void selectionChanged(TreeItem<MirrorNode> item) {
        if (rebuilding) {
            return;
        }
        MirrorNode node = item == null ? null : item.getValue();
        selectedNodeId.set(node == null || node.id() == Integer.MIN_VALUE ? null : node.id());
        showNode(node);
        showHistory(selectedNodeId.get());
    }

    private void showNode(MirrorNode node) {
        if (node == null) {
            details.clear();
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(DomTree.label(node)).append("\nid ").append(node.id()).append('\n');
        if (node instanceof MirrorElement element) {
            text.append("\nAttributes:\n");
            element.attributes().forEach((name, value) -> text.append("  ").append(name).append(" = ").append(value).append('\n'));
            if (element.value() != null) {
                text.append("\nValue: ").append(element.value()).append('\n');
            }
            if (element.checked() != null) {
                text.append("Checked: ").append(element.checked()).append('\n');
            }
        }
        if (node instanceof MirrorCharacterData data) {
            text.append("\n").append(data.data());
        } else {
            text.append("\nText: ").append(DomTree.textContent(node, 500));
        }
        details.setText(text.toString());
    }

    private void showHistory(Integer nodeId) {
        history.getItems().setAll(nodeHistory == null || nodeId == null || windowId == null ? List.of()
                : nodeHistory.history(windowId, nodeId));
    }

    private static final class NodeCell extends TreeCell<MirrorNode> {
        @Override
        protected void updateItem(MirrorNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : DomTree.label(node));
        }
    }

    private final class ChangeCell extends ListCell<NodeChange> {
        ChangeCell() {
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    seek.seek(getItem().t());
                }
            });
        }

        @Override
        protected void updateItem(NodeChange change, boolean empty) {
            super.updateItem(change, empty);
            if (empty || change == null) {
                setText(null);
                return;
            }
            String kind = switch (change.kind()) {
                case ADDED -> "added";
                case ATTRIBUTE -> "attribute";
                case TEXT -> "text";
                case INPUT -> "input";
                case REMOVED -> "removed";
            };
            setText(Durations.clock(change.t()) + "  " + kind + (change.detail() == null ? "" : "  " + change.detail()));
        }
    }
}
