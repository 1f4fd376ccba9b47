package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorListener;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.inspect.DomTree;
import dev.phreplay.inspect.NodeChange;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.SampleSessions;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DomExplorerPanelTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private DomExplorerPanel panel;
    private MirrorDocument page;
    private final List<Long> seeks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        page = SampleSessions.snapshotPage();
        panel = new DomExplorerPanel();
        panel.setDocument(page);
        panel.setNodeHistory(SampleSessions.session().nodeHistory(), "w");
        panel.onSeek(seeks::add);
        stage.setScene(new Scene(panel, 800, 700));
        stage.show();
    }

    /** The labels of the rows the tree shows, top to bottom. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < panel.tree().getExpandedItemCount(); i++) {
            TreeItem<MirrorNode> item = panel.tree().getTreeItem(i);
            rows.add(DomTree.label(item.getValue()));
        }
        return rows;
    }

    @Test
    void selectingANodeExpandsItsAncestorsAndShowsItsAttributes(FxRobot robot) {
        robot.interact(() -> assertTrue(panel.select(7)));
        assertEquals(7, panel.selectedNodeIdProperty().get());
        assertEquals(List.of("#document", "<html>", "<body>", "<button id=\"b\">", "<div class=\"panel\">",
                "<input type=\"password\">", "<input type=\"checkbox\">"), rows());
        assertTrue(panel.details().getText().contains("class = panel"), panel.details().getText());
        assertTrue(panel.details().getText().contains("Text: Nothing"), panel.details().getText());
        robot.interact(() -> assertFalse(panel.select(999)));
    }

    @Test
    void theTreeFollowsMutationsKeepingSelectionAndExpansion(FxRobot robot) {
        robot.interact(() -> {
            panel.select(8);
            MirrorNode body = DomTree.pathTo(page, 3).getLast();
            ((MirrorCharacterData) DomTree.pathTo(page, 8).getLast()).setData("Loaded");
            MirrorElement span = SampleSessions.element(11, "span", "class", "new");
            body.insertBefore(span, DomTree.pathTo(page, 5).getLast());
            panel.refresh();
        });
        assertEquals(List.of("#document", "<html>", "<body>", "<span class=\"new\">", "<button id=\"b\">",
                "<div class=\"panel\">", "\"Loaded\"", "<input type=\"password\">", "<input type=\"checkbox\">"), rows());
        assertEquals(8, panel.selectedNodeIdProperty().get());
        assertEquals("\"Loaded\"", DomTree.label(panel.tree().getSelectionModel().getSelectedItem().getValue()));
        assertTrue(panel.details().getText().endsWith("Loaded"), panel.details().getText());
    }

    private List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .map(cell -> cell.getText()).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void aRefreshRedrawsTheCellsOnlyWhenWhatTheyShowChanged(FxRobot robot) {
        robot.interact(() -> panel.select(7));
        int redraws = panel.treeRedraws();
        robot.interact(() -> {
            // node 8 is a child of the collapsed div: nothing shown changes
            ((MirrorCharacterData) DomTree.pathTo(page, 8).getLast()).setData("Hidden change");
            panel.refresh();
        });
        assertEquals(redraws, panel.treeRedraws(), "the cells are not redrawn");
        MirrorElement div = (MirrorElement) DomTree.pathTo(page, 7).getLast();
        robot.interact(() -> {
            div.setAttribute("class", "panel open");
            panel.refresh();
        });
        assertEquals(redraws + 1, panel.treeRedraws());
        assertTrue(cellTexts(robot).contains("<div class=\"panel open\">"), cellTexts(robot).toString());
    }

    @Test
    void theMirrorListenerRefreshesOncePerPulseAndRebuildsOnANewDocument(FxRobot robot) {
        MirrorListener listener = panel.changeListener();
        robot.interact(() -> panel.select(7));
        MirrorElement div = (MirrorElement) DomTree.pathTo(page, 7).getLast();
        MirrorElement body = (MirrorElement) DomTree.pathTo(page, 3).getLast();
        MirrorElement footer = SampleSessions.element(12, "footer");
        robot.interact(() -> {
            div.setAttribute("class", "panel open");
            listener.attributeChanged(div, "class", "panel open");
            body.appendChild(footer);
            listener.nodeInserted(body, footer, null);
        });
        DomExplorerMirrorTest.waitForRefresh(panel);
        assertTrue(rows().contains("<div class=\"panel open\">"), rows().toString());
        assertEquals("<footer>", rows().getLast());
        assertEquals(7, panel.selectedNodeIdProperty().get());
        MirrorDocument rebuilt = SampleSessions.snapshotPage();
        listener.documentRebuilt(rebuilt);
        DomExplorerMirrorTest.waitForRefresh(panel);
        assertSame(rebuilt, panel.tree().getRoot().getValue());
        assertEquals(7, panel.selectedNodeIdProperty().get());
    }

    @Test
    void aNewDocumentKeepsSelectionAndExpandedNodesById(FxRobot robot) {
        robot.interact(() -> panel.select(8));
        MirrorDocument rebuilt = SampleSessions.snapshotPage();
        DomTree.pathTo(rebuilt, 7).getLast().removeAllChildren();
        robot.interact(() -> panel.setDocument(rebuilt));
        assertEquals(List.of("#document", "<html>", "<body>", "<button id=\"b\">", "<div class=\"panel\">",
                "<input type=\"password\">", "<input type=\"checkbox\">"), rows());
        assertNull(panel.selectedNodeIdProperty().get(), "node 8 is gone");
        robot.interact(() -> panel.select(5));
        robot.interact(() -> panel.setDocument(SampleSessions.snapshotPage()));
        assertEquals(5, panel.selectedNodeIdProperty().get());
        assertTrue(rows().contains("\"Nothing\""), "the div stays expanded: " + rows());
    }

    @Test
    void searchByCssSelectorAndByText(FxRobot robot) {
        robot.interact(() -> panel.search(DomExplorerPanel.SearchMode.CSS, "body > input[type=checkbox]"));
        assertEquals(10, panel.selectedNodeIdProperty().get());
        robot.interact(() -> panel.search(DomExplorerPanel.SearchMode.CSS, "input"));
        assertEquals(List.of(9, 10), panel.matches().stream().map(MirrorNode::id).toList());
        assertEquals(9, panel.selectedNodeIdProperty().get());
        robot.clickOn("#dom-search-next");
        assertEquals(10, panel.selectedNodeIdProperty().get());
        robot.interact(() -> panel.search(DomExplorerPanel.SearchMode.TEXT, "save"));
        assertEquals(5, panel.selectedNodeIdProperty().get());
    }

    @Test
    void nodeHistoryItemsAreJumps(FxRobot robot) {
        robot.interact(() -> panel.select(7));
        assertEquals(List.of(NodeChange.Kind.ADDED, NodeChange.Kind.TEXT, NodeChange.Kind.ATTRIBUTE, NodeChange.Kind.REMOVED),
                panel.history().getItems().stream().map(NodeChange::kind).toList());
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> attribute = robot.lookup("#dom-history .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == 2 && c.getItem() != null).findFirst().orElseThrow();
        robot.clickOn(attribute);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(9_500L), seeks);
    }
}
