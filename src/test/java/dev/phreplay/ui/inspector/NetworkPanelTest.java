package dev.phreplay.ui.inspector;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import dev.phreplay.inspect.NetworkRequest;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.InMemoryRecording;
import dev.phreplay.testing.Shared;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NetworkPanelTest {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private NetworkPanel panel;
    private final List<Long> seeks = new ArrayList<>();

    /** The network fixture (5 requests after folding server timings), a Meta before it, and 3 more requests, 2 failing. */
    static Inspection recording() throws Exception {
        InMemoryRecording recording = InMemoryRecording.fixture(
                Shared.posthogFixture("plugin-network__rrweb-network-event.json"), "w", 0);
        recording.add("w", """
            [{"type":4,"timestamp":1706482394000,"data":{"href":"http://localhost:8000/","width":800,"height":600}},
             {"type":6,"timestamp":1706482470000,"data":{"plugin":"rrweb/network@1","payload":{"requests":[
               {"name":"http://localhost:8000/api/fail","method":"POST","initiatorType":"fetch","status":500,"timestamp":1706482469000,"duration":30},
               {"name":"http://localhost:8000/api/down","initiatorType":"xmlhttprequest","status":0,"error":"net::ERR_FAILED","timestamp":1706482469500},
               {"name":"http://localhost:8000/logo.png","initiatorType":"img","responseStatus":200,"timestamp":1706482469600,"duration":5}]}}}]
            """);
        return Inspector.inspect(recording);
    }

    @Start
    void start(Stage stage) throws Exception {
        panel = new NetworkPanel();
        panel.setRequests(recording().network());
        panel.onSeek(seeks::add);
        Scene scene = new Scene(panel, 1000, 700);
        scene.getStylesheets().add(InspectorPane.class.getResource("inspector.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class).getText();
    }

    @Test
    void filterButtonsCountTypesAndFailures(FxRobot robot) {
        assertEquals("All (8)", text(robot, "#network-type-all"));
        assertEquals("Fetch/XHR (5)", text(robot, "#network-type-fetch"));
        assertEquals("Document (1)", text(robot, "#network-type-document"));
        assertEquals("CSS (1)", text(robot, "#network-type-css"));
        assertEquals("Image (1)", text(robot, "#network-type-image"));
        assertEquals("Failed (2)", text(robot, "#network-failed"));
        assertEquals(8, panel.table().getItems().size());
    }

    @Test
    void typeAndFailedFiltersNarrowTheTable(FxRobot robot) {
        robot.clickOn("#network-type-fetch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, panel.table().getItems().size());
        robot.clickOn("#network-failed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("http://localhost:8000/api/fail", "http://localhost:8000/api/down"),
                panel.table().getItems().stream().map(NetworkRequest::url).toList());
        robot.clickOn("#network-type-all");
        robot.clickOn("#network-failed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, panel.table().getItems().size());
    }

    @Test
    void clickingARowSeeksToItsStartAndShowsItsDetail(FxRobot robot) {
        TableRow<?> row = robot.lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == 3 && r.getItem() != null).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        NetworkRequest activityLog = panel.table().getItems().get(3);
        assertEquals(List.of(activityLog.t()), seeks);
        assertEquals(1706482405578L - 1706482394000L, seeks.getFirst());
        String headers = robot.lookup("#network-headers").queryAs(TextArea.class).getText();
        assertTrue(headers.startsWith("GET http://localhost:8000/api/projects/1/activity_log/important_changes"), headers);
        String timings = robot.lookup("#network-timings").queryAs(TextArea.class).getText();
        assertTrue(timings.contains("Server timing:\n  gather_query_parts: 223.6 ms") || timings.contains("gather_query_parts: 223.7 ms"), timings);
    }

    @Test
    void waterfallBarsAndPlayheadHighlight(FxRobot robot) {
        assertTrue(robot.lookup(".waterfall-bar").queryAll().size() >= 8);
        robot.interact(() -> panel.setPlayhead(11_585));
        assertEquals(panel.table().getItems().get(3), panel.model().currentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(ConsolePanel.CURRENT)).count());
        assertTrue(robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(NetworkPanel.FAILED)));
    }
}
