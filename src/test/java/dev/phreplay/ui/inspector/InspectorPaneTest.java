package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.inspect.Inspection;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.SampleSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import dev.phreplay.inspect.ActivityItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private final Preferences preferences = Preferences.userRoot().node("dev/phreplay/test/" + UUID.randomUUID());
    private final Inspection session = SampleSessions.session();
    private final List<Long> seeks = new ArrayList<>();
    private InspectorPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new InspectorPane(new InspectorLayout(preferences));
        pane.setInspection(session);
        pane.setDocument(SampleSessions.snapshotPage());
        pane.onSeek(seeks::add);
        stage.setScene(new Scene(pane.dockBeside(new StackPane(new Label("page"))), 1200, 700));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    List<String> tabs(FxRobot robot) {
        return robot.lookup("#inspector-tabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }

    @Test
    void everyPanelIsATabAndShareOnePlayheadAndSeekHook(FxRobot robot) {
        assertEquals(List.of("Console", "Network", "Activity", "DOM"), tabs(robot));
        robot.interact(() -> pane.setPlayhead(8_150));
        assertEquals(8_000, pane.activity().model().currentProperty().get().t());
        robot.interact(() -> pane.dom().select(7));
        assertEquals(4, pane.dom().history().getItems().size(), "node history comes from the inspection");
    }

    @Test
    void offsetsFollowTheShownWindowsTimeline(FxRobot robot) {
        robot.interact(() -> pane.setWindow(session, "w", session.startTimestamp() + 1_000));
        assertEquals(1_000, pane.windowShift());
        robot.interact(() -> pane.setPlayhead(7_150)); // 8.15 s after the recording's start
        assertEquals(8_000, pane.activity().model().currentProperty().get().t());
        robot.interact(() -> {
            pane.selectPanel(InspectorPane.Panel.ACTIVITY);
            pane.activity().model().shown().stream().filter(i -> i.t() == 9_000).findFirst()
                    .ifPresent(item -> pane.activity().revealCurrent());
        });
        ListCell<?> navigation = robot.lookup("#activity-list .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof ActivityItem item && item.t() == 9_000).findFirst().orElseThrow();
        robot.clickOn(navigation);
        assertEquals(List.of(8_000L), seeks, "9 s into the recording is 8 s into this window");
    }

    @Test
    void hiddenPanelsSelectedPanelAndDividerAreRemembered(FxRobot robot) {
        robot.interact(() -> {
            pane.setPanelVisible(InspectorPane.Panel.NETWORK, false);
            pane.selectPanel(InspectorPane.Panel.ACTIVITY);
            ((SplitPane) stage.getScene().getRoot()).setDividerPositions(0.4);
        });
        assertEquals(List.of("Console", "Activity", "DOM"), tabs(robot));
        InspectorLayout layout = new InspectorLayout(preferences);
        assertEquals(0.4, layout.dividerPosition(), 0.01);
        assertEquals(InspectorPane.Panel.ACTIVITY, layout.selectedPanel());
        robot.interact(() -> {
            InspectorPane again = new InspectorPane(new InspectorLayout(preferences));
            assertFalse(again.isPanelVisible(InspectorPane.Panel.NETWORK));
            assertTrue(again.isPanelVisible(InspectorPane.Panel.DOM));
            SplitPane docked = again.dockBeside(new StackPane(new Label("page")));
            assertEquals(0.4, docked.getDividerPositions()[0], 0.01);
            again.setPanelVisible(InspectorPane.Panel.NETWORK, true);
            assertEquals(List.of("Console", "Network", "Activity", "DOM"),
                    ((TabPane) again.getCenter()).getTabs().stream().map(Tab::getText).toList(), "the order stays fixed");
        });
    }
}
