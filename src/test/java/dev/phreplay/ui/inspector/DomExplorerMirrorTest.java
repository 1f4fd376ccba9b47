package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.inspect.DomTree;
import dev.phreplay.inspect.MergedEvents;
import dev.phreplay.inspect.TimedEvent;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.SampleSessions;
import dev.phreplay.ui.testing.Fx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    /** Made once the toolkit runs: a control cannot be built before (this test may run first). */
    private DomExplorerPanel panel;
    private final Mirror mirror = new Mirror();
    private final List<TimedEvent> events = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        try (MergedEvents merged = new MergedEvents(SampleSessions.recording())) {
            merged.forEachRemaining(events::add);
        }
        panel = new DomExplorerPanel();
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

    /**
     * A seek hands the panel a rebuilt document while the player draws the sought page: the tree is
     * rebuilt only once that frame is painted, even when the seek itself kept the FX thread busy for
     * longer than a frame (a timed refresh would then fall in the pulse that draws the page).
     */
    @Test
    void aSoughtDocumentReachesTheTreeOnlyOnceThePagesFrameIsPainted(FxRobot robot) throws Exception {
        robot.interact(() -> {
            applyUntil(1_200);
            panel.setDocument(mirror.document());
        });
        MirrorNode shown = panel.tree().getRoot().getValue();
        Mirror sought = mirror.copy();
        CompletableFuture<List<MirrorNode>> rootsWhileThePageIsDrawn = new CompletableFuture<>();
        robot.interact(() -> {
            panel.changeListener().documentRebuilt(sought.document());
            long seekWorkEnds = System.nanoTime() + 80_000_000L;
            while (System.nanoTime() < seekWorkEnds) {
                Thread.onSpinWait(); // the seek's own work on the FX thread
            }
            Fx.inTheNextPulses(2, () -> panel.tree().getRoot().getValue()).thenAccept(rootsWhileThePageIsDrawn::complete);
        });
        assertEquals(List.of(shown, shown), rootsWhileThePageIsDrawn.get(10, TimeUnit.SECONDS),
                "the pulse that lays the page out and the one that waits for its painting still show the old tree");
        waitForRefresh(panel);
        assertSame(sought.document(), panel.tree().getRoot().getValue());
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
