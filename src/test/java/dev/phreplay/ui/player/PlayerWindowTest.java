package dev.phreplay.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.inspect.Inspection;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import dev.phreplay.ui.testing.FileDrops;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.ScriptedPlayback;
import dev.phreplay.ui.testing.ScriptedRecording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The player window driven through its controls and keyboard, headless, on a scripted recording. */
@ExtendWith(ApplicationExtension.class)
class PlayerWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    private PlayerView view;
    private PlayerViewModel model;
    private final AtomicReference<OpenOutcome> nextOutcome = new AtomicReference<>();
    /** When set, opening waits for it: a file that takes long to read. */
    private volatile CountDownLatch openGate;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("phreplay.config.dir", temp.resolve("config").toString());
        prefs = Preferences.userRoot().node("dev/phreplay/test/" + System.nanoTime());
        ViewportPane viewport = new ViewportPane();
        model = new PlayerViewModel((file, progress) -> {
            progress.accept(0.5);
            CountDownLatch gate = openGate;
            try {
                if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the file open");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return nextOutcome.get();
        }, viewport, new RecentFiles(prefs));
        view = new PlayerView(stage, model, viewport);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Fx.run(() -> model.dispose());
        prefs.removeNode();
    }

    private Path openScripted(int brokenEvent, List<Finding> warnings) throws Exception {
        Path file = Files.createTempFile(temp, "recording", ".phreplay");
        nextOutcome.set(new OpenOutcome.Opened(new ScriptedRecording(file, true, warnings, brokenEvent)));
        Fx.run(() -> model.open(file));
        Fx.waitUntil("the first frame is shown", WAIT, () -> model.playback() != null && renderedText().contains("start"));
        return file;
    }

    private String renderedText() {
        return view.viewport().page().isReady() ? view.viewport().page().dumpJson() : "";
    }

    private double position() {
        return Fx.call(() -> model.playback().position());
    }

    private void waitForRendered(double offset, String window) {
        Fx.waitUntil("the page shows " + ScriptedPlayback.textAt(window, offset), WAIT,
                () -> renderedText().contains("\"" + ScriptedPlayback.textAt(window, offset) + "\""), this::renderedText);
    }

    @Test
    void opensAFileAndShowsTheFirstFrameVerified(FxRobot robot) throws Exception {
        Path file = openScripted(-1, List.of());
        // the verification starts once the first frame is painted, so as not to delay it
        Label status = robot.lookup("#status").queryAs(Label.class);
        Fx.waitUntil("the status says the package is verified", WAIT,
                () -> status.getText().equals("✔ Verified package (checksums OK)"), status::getText);
        assertEquals(file.getFileName() + " — phreplay", Fx.call(() -> view.stage().getTitle()));
        assertEquals(List.of(file.toAbsolutePath().normalize()), model.recentFiles().list());
        assertEquals("0:00 / 1:00", robot.lookup("#time").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#clock").queryAs(Label.class).getText().contains("Europe/Berlin"));
        assertEquals(800, Fx.call(() -> view.viewport().page().webView().getWidth()), 0.5);
    }

    @Test
    void theFirstWindowIsReadInTheBackgroundAndTheChecksStartOnceItsFrameIsPainted() throws Exception {
        Path file = Files.createTempFile(temp, "recording", ".phreplay");
        ScriptedRecording scripted = new ScriptedRecording(file, true, List.of(), -1);
        List<String> asked = new CopyOnWriteArrayList<>();
        List<String> opened = new CopyOnWriteArrayList<>();
        // pulses since the first page was built: the first one renders it
        int[] pulses = {0};
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0] += model.playback() != null ? 1 : 0;
            }
        };
        Fx.run(counter::start);
        Function<String, String> seen = what -> what + (pulses[0] > 0 ? " after the first frame" : " before the first frame");
        nextOutcome.set(new OpenOutcome.Opened(new PlayerRecording() {
            @Override public Path file() { return file; }
            @Override public List<String> windowIds() { return scripted.windowIds(); }
            @Override
            public WindowPlayback openWindow(String windowId) {
                opened.add(windowId + (Platform.isFxApplicationThread() ? " on the FX thread" : " in the background"));
                return scripted.openWindow(windowId);
            }
            @Override public ZoneId timeZone() { return scripted.timeZone(); }
            @Override public boolean verified() { return true; }
            @Override public List<Finding> warnings() { return List.of(); }
            @Override public void close() {}

            @Override
            public CompletableFuture<List<Finding>> verification() {
                asked.add(seen.apply("verification"));
                return CompletableFuture.completedFuture(List.of());
            }

            @Override
            public CompletableFuture<dev.phreplay.inspect.Inspection> inspection() {
                asked.add(seen.apply("inspection"));
                return new CompletableFuture<>();
            }
        }));
        Fx.run(() -> model.open(file));
        Fx.waitUntil("both were asked for", WAIT, () -> asked.stream().anyMatch(a -> a.startsWith("verification"))
                && asked.stream().anyMatch(a -> a.startsWith("inspection")), asked::toString);
        Fx.run(counter::stop);
        assertTrue(asked.stream().allMatch(a -> a.endsWith("after the first frame")), asked.toString());
        assertEquals(List.of("window-A in the background"), opened, "the first window is read to its first snapshot off the FX thread");
    }

    @Test
    void aFileThatTakesLongToReadShowsItsProgressUntilTheFirstFrame(FxRobot robot) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        openGate = gate;
        Path file = Files.createTempFile(temp, "recording", ".phreplay");
        nextOutcome.set(new OpenOutcome.Opened(new ScriptedRecording(file, true, List.of(), -1)));
        ProgressBar bar = robot.lookup("#open-progress").queryAs(ProgressBar.class);
        Node progress = bar.getParent().getParent();
        Label placeholder = robot.lookup("#placeholder").queryAs(Label.class);
        Fx.run(() -> model.open(file));
        Fx.waitUntil("the progress shows while the file is read", WAIT, progress::isVisible);
        assertEquals(0.5, Fx.call(bar::getProgress), 1e-9, "the fraction the opener reported");
        assertFalse(Fx.call(placeholder::isVisible), "the invitation to drop a file gives way to the progress");
        gate.countDown();
        Fx.waitUntil("the first frame is shown", WAIT, () -> model.playback() != null && renderedText().contains("start"));
        assertFalse(Fx.call(progress::isVisible), "no progress once the recording shows");
        assertFalse(Fx.call(placeholder::isVisible));
    }

    @Test
    void playsAndPauses(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        Fx.run(() -> model.playback().speedProperty().set(8));
        robot.clickOn("#play");
        Fx.waitUntil("the clock advances past 2 s", WAIT, () -> model.playback().position() > 2_000);
        assertTrue(Fx.call(() -> model.playback().isPlaying()));
        robot.clickOn("#play");
        assertFalse(Fx.call(() -> model.playback().isPlaying()));
        double paused = position();
        waitForRendered(paused, "A");
        robot.sleep(300);
        assertEquals(paused, position(), 0.0, "a paused player does not move");
    }

    @Test
    void seeksWhileTheThumbIsDragged(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        TimelineBar bar = view.transport().timeline();
        Bounds bounds = Fx.call(() -> bar.localToScreen(bar.getBoundsInLocal()));
        int seeksBefore = seeks();
        robot.moveTo(new Point2D(bounds.getMinX() + 2, bounds.getMinY() + 19)).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(bounds.getMinX() + bounds.getWidth() * 0.25, bounds.getMinY() + 19));
        robot.moveTo(new Point2D(bounds.getMinX() + bounds.getWidth() * 0.75, bounds.getMinY() + 19));
        robot.release(MouseButton.PRIMARY);
        double at = position();
        assertEquals(0.75 * ScriptedPlayback.DURATION, at, ScriptedPlayback.DURATION * 0.02);
        assertTrue(seeks() - seeksBefore >= 3, "it seeks while dragging, not only on release");
        waitForRendered(at, "A");
    }

    private int seeks() {
        return Fx.call(() -> ((ScriptedPlayback) model.playback().playback()).seeks.get());
    }

    @Test
    void changesSpeedWithTheChoiceAndTheDigits(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        robot.clickOn("#speed");
        robot.clickOn("4×");
        assertEquals(4.0, Fx.call(() -> model.playback().speedProperty().get()));
        robot.clickOn("#page-area");
        robot.type(KeyCode.DIGIT8);
        assertEquals(16.0, Fx.call(() -> model.playback().speedProperty().get()));
        assertEquals(16.0, robot.lookup("#speed").queryAs(ChoiceBox.class).getValue());
        robot.type(KeyCode.DIGIT1);
        assertEquals(0.5, Fx.call(() -> model.playback().speedProperty().get()));
    }

    @Test
    void keyboardShortcutsDriveTheTransport(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        robot.clickOn("#page-area");
        robot.type(KeyCode.RIGHT);
        assertEquals(1_000, position(), 0.0);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(11_000, position(), 0.0);
        robot.type(KeyCode.L);
        assertEquals(21_000, position(), 0.0);
        robot.type(KeyCode.J);
        robot.type(KeyCode.LEFT);
        assertEquals(10_000, position(), 0.0);
        robot.type(KeyCode.N);
        assertEquals(12_001, position(), 0.0, "next event of interest: the console error at 12 s");
        robot.type(KeyCode.P);
        assertEquals(5_001, position(), 0.0, "previous: the click at 5 s");
        waitForRendered(5_001, "A");
        robot.type(KeyCode.SPACE);
        assertTrue(Fx.call(() -> model.playback().isPlaying()));
        robot.type(KeyCode.K);
        assertFalse(Fx.call(() -> model.playback().isPlaying()));
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        Fx.waitUntil("the shortcut list is shown", WAIT, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle())));
        Fx.run(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle()))
                .toList().forEach(w -> ((Stage) w).close()));
    }

    @Test
    void noShortcutFiresWhileTypingInATextField(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        double speed = Fx.call(() -> model.playback().speedProperty().get());
        robot.clickOn("#goto");
        robot.write("0:4");
        robot.type(KeyCode.SPACE, KeyCode.RIGHT, KeyCode.K, KeyCode.L, KeyCode.DIGIT8, KeyCode.N);
        assertEquals(0, position(), 0.0);
        assertFalse(Fx.call(() -> model.playback().isPlaying()));
        assertEquals(speed, Fx.call(() -> model.playback().speedProperty().get()));
        robot.eraseText(20).write("0:42").type(KeyCode.ENTER);
        assertEquals(42_000, position(), 0.0, "the field itself seeks on Enter");
    }

    @Test
    void switchesBetweenWindows(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        assertTrue(robot.lookup("#window-selector").query().isVisible());
        robot.clickOn("#window-selector");
        robot.clickOn("window-B");
        Fx.waitUntil("window B is rendered", WAIT, () -> renderedText().contains("\"B start\""), this::renderedText);
        assertEquals("window-B", Fx.call(() -> model.selectedWindowProperty().get()));
    }

    @Test
    void markersSeekWhenClicked(FxRobot robot) throws Exception {
        openScripted(-1, List.of());
        robot.clickOn(Fx.call(() -> view.transport().timeline().markerNodes().get(2)));
        assertEquals(55_001, position(), 0.0);
        waitForRendered(55_001, "A");
    }

    @Test
    void anInvalidFileOpensTheValidationReport(FxRobot robot) throws Exception {
        Path file = Files.createTempFile(temp, "broken", ".phreplay");
        List<Finding> findings = List.of(
                new Finding(Finding.Severity.ERROR, "manifest.json", "missing field \"windows\""),
                new Finding(Finding.Severity.ERROR, "windows/1.jsonl line 3", "checksum mismatch"),
                new Finding(Finding.Severity.WARNING, "windows/1.jsonl line 9", "unknown event type 42"));
        nextOutcome.set(new OpenOutcome.Rejected(file, findings));
        Fx.run(() -> {
            model.setOnRejected(rejected -> FindingsWindow.show(view.stage(), "Invalid recording", rejected.file(),
                    rejected.findings()));
            model.open(file);
        });
        Fx.waitUntil("the report lists every finding", WAIT, () -> !robot.lookup("#findings").queryAll().isEmpty());
        TableView<?> table = robot.lookup("#findings").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertTrue(robot.lookup("#findings-heading").queryAs(Label.class).getText().contains("3 finding(s)"));
        assertEquals(null, Fx.call(() -> model.recordingProperty().get()), "nothing is opened");
    }

    @Test
    void warningsOnlyOpenWithABanner(FxRobot robot) throws Exception {
        openScripted(-1, List.of(new Finding(Finding.Severity.WARNING, "events line 4", "unknown source 99")));
        Fx.waitUntil("a banner tells of the warning once the package is checked", WAIT, () -> !model.banners().isEmpty());
        assertTrue(Fx.call(() -> model.banners().getFirst().text()).contains("1 warning"));
        assertEquals(Banner.Level.WARNING, Fx.call(() -> model.banners().getFirst().level()));
    }

    @Test
    void aRenderFailureNamesTheEventAndTheLog(FxRobot robot) throws Exception {
        openScripted(7, List.of());
        Fx.run(() -> model.playback().seek(6_500));
        Fx.run(() -> model.playback().playback().advanceTo(8_000));
        Fx.run(() -> view.viewport().redraw());
        String text = Fx.call(() -> model.banners().getLast().text());
        assertTrue(text.contains("event #7"), text);
        assertTrue(text.contains(temp.resolve("config").resolve("logs").resolve("player.log").toString()), text);
        assertTrue(Files.readString(temp.resolve("config/logs/player.log")).contains("event #7"));
    }

    @Test
    void opensAFileDroppedOnTheWindow() throws Exception {
        Path file = Files.createTempFile(temp, "dropped", ".phreplay");
        nextOutcome.set(new OpenOutcome.Opened(new ScriptedRecording(file, true, List.of(), -1)));
        FileDrops.Outcome outcome = Fx.call(() -> FileDrops.drop(view.stage().getScene(),
                Map.of(DataFormat.FILES, List.of(file.toFile()))));
        assertEquals(new FileDrops.Outcome(true, true), outcome);
        Fx.waitUntil("the dropped file is open", WAIT, () -> model.playback() != null && renderedText().contains("start"));
        Fx.waitUntil("the dropped file is the recent one, once its frame is painted", WAIT,
                () -> model.recentFiles().list().equals(List.of(file.toAbsolutePath().normalize())));
    }

    @Test
    void refusesADropThatHoldsNoFile() {
        FileDrops.Outcome outcome = Fx.call(() -> FileDrops.drop(view.stage().getScene(),
                Map.of(DataFormat.PLAIN_TEXT, "/tmp/recording.phreplay")));
        assertEquals(new FileDrops.Outcome(false, false), outcome);
        assertEquals(null, Fx.call(() -> model.recordingProperty().get()), "nothing is opened");
    }
}
