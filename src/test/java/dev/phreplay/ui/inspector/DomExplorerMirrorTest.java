package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.inspect.DomTree;
import dev.phreplay.inspect.MergedEvents;
import dev.phreplay.inspect.TimedEvent;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.SampleSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The DOM explorer on the real mirror: the sample session's events applied as the player applies them. */
@ExtendWith(ApplicationExtension.class)
class DomExplorerMirrorTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private final DomExplorerPanel panel = new DomExplorerPanel();
    private final Mirror mirror = new Mirror();
    private final List<TimedEvent> events = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        try (MergedEvents merged = new MergedEvents(SampleSessions.recording())) {
            merged.forEachRemaining(events::add);
        }
        stage.setScene(new Scene(panel, 800, 700));
        stage.show();
    }

    void applyUntil(long timestamp) {
        while (!events.isEmpty() && events.getFirst().timestamp() <= timestamp) {
            mirror.apply(events.removeFirst().event());
        }
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < panel.tree().getExpandedItemCount(); i++) {
            TreeItem<MirrorNode> item = panel.tree().getTreeItem(i);
            rows.add(DomTree.label(item.getValue()));
        }
        return rows;
    }

    @Test
    void theTreeFollowsTheMirrorWhilePlaying(FxRobot robot) {
        robot.interact(() -> {
            applyUntil(1_200);
            panel.setDocument(mirror.document());
            mirror.addListener(panel.changeListener());
            assertTrue(panel.select(8));
        });
        assertTrue(rows().contains("\"Nothing\""), rows().toString());
        assertTrue(rows().contains("<span>"), "the span added at 1.2 s: " + rows());
        robot.interact(() -> applyUntil(9_500));
        waitForRefresh(panel);
        assertTrue(rows().contains("<div class=\"panel open\">"), rows().toString());
        assertTrue(rows().contains("\"Loaded\""), rows().toString());
        assertEquals(8, panel.selectedNodeIdProperty().get());
        robot.interact(() -> applyUntil(9_600));
        waitForRefresh(panel);
        assertFalse(rows().contains("\"Loaded\""), rows().toString());
        assertNull(panel.selectedNodeIdProperty().get(), "the selected text went with its div");
    }

    /** The tree follows mirror changes a few times a second: wait until the last change has reached it. */
    static void waitForRefresh(DomExplorerPanel panel) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !panel.isRefreshPending()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the DOM tree never refreshed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
