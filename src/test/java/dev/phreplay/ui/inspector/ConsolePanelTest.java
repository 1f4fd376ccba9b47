package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.inspect.ConsoleEntry;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.InMemoryRecording;
import dev.phreplay.testing.Shared;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConsolePanelTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private ConsolePanel panel;
    private final List<Long> seeks = new ArrayList<>();

    static Inspection fixture() throws Exception {
        return Inspector.inspect(InMemoryRecording.fixture(
                Shared.posthogFixture("plugin-console__rrweb-console-events.json"), "w1", 1_700_000_000_000L));
    }

    @Start
    void start(Stage stage) throws Exception {
        panel = new ConsolePanel();
        panel.setEntries(fixture().console());
        panel.onSeek(seeks::add);
        stage.setScene(new Scene(panel, 800, 600));
        stage.show();
    }

    @Test
    void filterButtonsShowCountsPerLevel(FxRobot robot) {
        assertEquals("Errors (1)", robot.lookup("#console-level-error").queryAs(ToggleButton.class).getText());
        assertEquals("Warnings (1)", robot.lookup("#console-level-warn").queryAs(ToggleButton.class).getText());
        assertEquals("Info (16)", robot.lookup("#console-level-info").queryAs(ToggleButton.class).getText());
        assertEquals("Debug (1)", robot.lookup("#console-level-debug").queryAs(ToggleButton.class).getText());
        assertEquals(19, panel.model().shown().size());
    }

    @Test
    void levelFiltersAndSearchNarrowTheList(FxRobot robot) {
        robot.clickOn("#console-level-info");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("assert", "debug", "warn"), panel.model().shown().stream().map(ConsoleEntry::level).toList());
        robot.clickOn("#console-level-info");
        robot.clickOn("#console-search").write("iframe");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("from iframe"), panel.model().shown().stream().map(ConsoleEntry::message).toList());
    }

    @Test
    void clickingAnEntrySeeksToItsTime(FxRobot robot) {
        ListCell<?> third = robot.lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(cell -> cell.getIndex() == 2 && cell.getItem() != null).findFirst().orElseThrow();
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(panel.model().shown().get(2).t()), seeks);
        assertEquals(400L, seeks.getFirst());
    }

    @Test
    void theCurrentEntryIsScrolledIntoViewWhilePlaying(FxRobot robot) {
        List<ConsoleEntry> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new ConsoleEntry(i * 10L, 1_000L + i * 10L, "w", "log", "line " + i, List.of("line " + i), List.of(), 1,
                    ConsoleEntry.Source.CONSOLE_PLUGIN));
        }
        robot.interact(() -> panel.setEntries(many));
        robot.interact(() -> panel.setPlayhead(15_005));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("line 1500", panel.model().currentProperty().get().message());
        List<Integer> highlighted = robot.lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(cell -> cell.isVisible() && cell.getPseudoClassStates().contains(ConsolePanel.CURRENT))
                .map(ListCell::getIndex).toList();
        assertEquals(1, highlighted.size(), "the current row is among the rendered rows");
        assertEquals(1500, highlighted.getFirst());
    }

    @Test
    void enterOnTheSelectedEntrySeeksToo(FxRobot robot) {
        robot.interact(() -> {
            panel.list().getSelectionModel().select(4);
            panel.list().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(600L), seeks);
    }

    @Test
    void theEntryNearestThePlayheadIsCurrentAndHighlighted(FxRobot robot) {
        robot.interact(() -> panel.setPlayhead(1_050));
        ConsoleEntry current = panel.model().currentProperty().get();
        assertEquals(1_000, current.t());
        assertEquals("info", current.level());
        WaitForAsyncUtils.waitForFxEvents();
        long highlighted = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(ConsolePanel.CURRENT)).count();
        assertEquals(1, highlighted);
        robot.interact(() -> panel.setPlayhead(0));
        assertNull(panel.model().currentProperty().get());
    }
}
