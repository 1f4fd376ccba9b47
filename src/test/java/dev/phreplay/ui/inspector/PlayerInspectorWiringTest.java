package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.app.PlayerWindow;
import dev.phreplay.ui.player.PlayerView;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.session.core.CoreOpener;
import dev.phreplay.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The player with its inspector docked, on a real sample: the DOM explorer shows the mirror at the playhead. */
@ExtendWith(ApplicationExtension.class)
class PlayerInspectorWiringTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path temp;

    private PlayerViewModel model;
    private InspectorPane inspector;
    private PlayerView view;
    private ViewportPane viewport;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        System.setProperty("phreplay.config.dir", temp.resolve("config").toString());
        prefs = Preferences.userRoot().node("dev/phreplay/test/" + System.nanoTime());
        new InspectorLayout(prefs.node("layout")).setDividerPosition(0.4);
        PlayerWindow window = PlayerWindow.create(stage, new CoreOpener(), new RecentFiles(prefs),
                new InspectorPane(new InspectorLayout(prefs.node("layout"))));
        viewport = window.viewport();
        model = window.model();
        view = window.view();
        inspector = window.inspector();
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Fx.run(() -> model.dispose());
        prefs.removeNode();
    }

    @Test
    void thePanelsDockBesideThePageWhereTheUserLastLeftTheDivider(FxRobot robot) {
        SplitPane split = (SplitPane) ((BorderPane) view.stage().getScene().getRoot()).getCenter();
        assertEquals(List.<Node>of(robot.lookup("#page-area").query(), inspector), split.getItems());
        assertEquals(0.4, split.getDividerPositions()[0], 0.01, "the remembered position");
        Fx.run(() -> split.setDividerPositions(0.55));
        assertEquals(0.55, new InspectorLayout(prefs.node("layout")).dividerPosition(), 0.01, "a moved divider is remembered");
    }

    @Test
    void theDomExplorerShowsThePlayersMirrorAndFollowsSeeks(FxRobot robot) {
        MenuItem export = exportItem(robot);
        assertTrue(export.isDisable(), "nothing to redact before a recording is open");
        Fx.run(() -> model.open(Path.of("sample-packages/multi-window.phreplay")));
        Fx.waitUntil("the explorer shows the page", WAIT, () -> hasElement(inspector.dom().tree().getRoot(), "body"));
        TreeItem<MirrorNode> root = Fx.call(() -> inspector.dom().tree().getRoot());
        assertInstanceOf(MirrorDocument.class, root.getValue());
        assertFalse(export.isDisable(), "an open recording can be exported redacted");
        Fx.run(() -> model.playback().seek(model.playback().duration()));
        Fx.waitUntil("the explorer still shows a page after a seek", WAIT,
                () -> hasElement(inspector.dom().tree().getRoot(), "body"));
    }

    /** The page of a seek is drawn first: the panels move to the new playhead once its frame is painted. */
    @Test
    void thePanelsFollowASeekOnceTheSoughtPageIsPainted(FxRobot robot) throws Exception {
        Fx.run(() -> model.open(Path.of("sample-packages/console-network.phreplay")));
        Fx.waitUntil("the console lists the recording's messages", WAIT,
                () -> !inspector.console().model().shown().isEmpty() && model.playback() != null);
        Object before = Fx.call(() -> inspector.console().model().currentProperty().get());
        CompletableFuture<List<Object>> whileThePageIsDrawn = Fx.call(() -> {
            model.playback().seek(model.playback().duration());
            return Fx.inTheNextPulses(2, () -> (Object) inspector.console().model().currentProperty().get());
        });
        assertEquals(Arrays.asList(before, before), whileThePageIsDrawn.get(10, TimeUnit.SECONDS),
                "the pulse that lays the page out and the one that waits for its painting");
        Object last = Fx.call(() -> inspector.console().model().shown().getLast());
        Fx.waitUntil("the console then shows the last message as current", WAIT,
                () -> inspector.console().model().currentProperty().get() == last);
    }

    @Test
    void selectingANodeOutlinesItInThePageAndPickingInThePageSelectsIt(FxRobot robot) {
        Fx.run(() -> model.open(Path.of("sample-packages/multi-window.phreplay")));
        Fx.waitUntil("the explorer shows a button", WAIT, () -> find(inspector.dom().tree().getRoot(), "button") != null);
        int button = Fx.call(() -> find(inspector.dom().tree().getRoot(), "button").id());
        assertTrue(Fx.call(() -> inspector.dom().select(button)));
        Fx.waitUntil("the button is outlined", WAIT, () -> viewport.overlay().highlightVisible());
        javafx.geometry.Bounds box = Fx.call(() -> viewport.overlay().highlightBounds());
        assertTrue(box.getWidth() > 10 && box.getHeight() > 5, "a button-sized outline: " + box);
        Fx.run(() -> inspector.dom().select(find(inspector.dom().tree().getRoot(), "body").id()));
        Fx.waitUntil("the body is selected", WAIT, () -> inspector.dom().selectedNodeIdProperty().get() != button);
        int picked = Fx.call(() -> viewport.pickAt(box.getCenterX(), box.getCenterY()));
        assertEquals(button, picked, "the element drawn under the point is the button");
        assertEquals(button, Fx.call(() -> inspector.dom().selectedNodeIdProperty().get()), "picking selects it in the tree");
        Fx.run(() -> inspector.dom().select(find(inspector.dom().tree().getRoot(), "html").id()));
        Fx.run(() -> viewport.highlightNode(null));
        assertFalse(Fx.call(() -> viewport.overlay().highlightVisible()));
    }

    private static MirrorNode find(TreeItem<MirrorNode> item, String tag) {
        if (item == null) {
            return null;
        }
        if (item.getValue() instanceof dev.phreplay.dom.MirrorElement element && element.tagName().equals(tag)) {
            return element;
        }
        for (TreeItem<MirrorNode> child : item.getChildren()) {
            MirrorNode found = find(child, tag);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static MenuItem exportItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().getFirst().getItems().stream()
                .filter(item -> "export-redacted".equals(item.getId())).findFirst().orElseThrow();
    }

    private static boolean hasElement(TreeItem<MirrorNode> item, String tag) {
        if (item == null) {
            return false;
        }
        if (item.getValue() instanceof dev.phreplay.dom.MirrorElement element && element.tagName().equals(tag)) {
            return true;
        }
        for (TreeItem<MirrorNode> child : item.getChildren()) {
            if (hasElement(child, tag)) {
                return true;
            }
        }
        return false;
    }
}
