package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.inspect.ActivityItem;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.SampleSessions;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ActivityPanelTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private final Inspection session = SampleSessions.session();
    private ActivityPanel panel;
    private final List<Long> seeks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        panel = new ActivityPanel();
        panel.setActivity(session.activity(), session.summary());
        panel.onSeek(seeks::add);
        stage.setScene(new Scene(panel, 900, 600));
        stage.show();
    }

    @Test
    void summaryHeaderAndItems(FxRobot robot) {
        String summary = robot.lookup("#activity-summary").queryAs(Label.class).getText();
        assertEquals("Duration 32 s · active 10.2 s · 3 pages · 6 clicks (1 rage, 3 dead) · 2 inputs · 0 console errors"
                + " · 0 failed requests", summary);
        assertEquals(session.activity().size(), panel.model().shown().size());
    }

    @Test
    void kindsCanBeHidden(FxRobot robot) {
        robot.interact(() -> panel.model().setShown(ActivityItem.Kind.CLICK, false));
        assertTrue(panel.model().shown().stream().noneMatch(i -> i.kind() == ActivityItem.Kind.CLICK));
        assertEquals(session.activity().size() - 6, panel.model().shown().size());
    }

    @Test
    void clickingAnItemSeeksToItsTime(FxRobot robot) {
        ListCell<?> cell = robot.lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == 2 && c.getItem() != null).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(session.activity().get(2).t()), seeks);
    }

    @Test
    void theMomentAtThePlayheadIsCurrent(FxRobot robot) {
        robot.interact(() -> panel.setPlayhead(8_150));
        ActivityItem current = panel.model().currentProperty().get();
        assertEquals(ActivityItem.Kind.INPUT, current.kind());
        assertEquals(8_000, current.t());
    }
}
