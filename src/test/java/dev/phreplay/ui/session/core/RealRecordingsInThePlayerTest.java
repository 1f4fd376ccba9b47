package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Packer;
import dev.phreplay.format.Recordings;
import dev.phreplay.testing.Shared;
import dev.phreplay.ui.player.FindingsWindow;
import dev.phreplay.ui.player.PlayerView;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.render.NetworkLock;
import dev.phreplay.ui.testing.Fx;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The player on the sample packages and rrweb's fixtures, read (and packages verified) by the core. */
@ExtendWith(ApplicationExtension.class)
class RealRecordingsInThePlayerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SAMPLES = Path.of("sample-packages");
    /** rrweb's video-playback fixture: its first event, and its Play, Pause and Play interactions (times, positions). */
    private static final long VIDEO_START = 1_900_000_001L;
    private static final long VIDEO_PLAYED_AT = 1_900_001_500L;
    private static final double VIDEO_PLAYED_FROM = 0.000322;
    private static final double VIDEO_PAUSED_AT_POSITION = 20.088367;
    private static final long VIDEO_REPLAYED_AT = 1_900_024_475L;
    private static final double VIDEO_REPLAYED_FROM = 9.744632;

    @TempDir
    static Path temp;

    private PlayerView view;
    private PlayerViewModel model;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        System.setProperty("phreplay.config.dir", temp.resolve("config").toString());
        prefs = Preferences.userRoot().node("dev/phreplay/test/" + System.nanoTime());
        ViewportPane viewport = new ViewportPane();
        model = new PlayerViewModel(new CoreOpener(), viewport, new RecentFiles(prefs));
        view = new PlayerView(stage, model, viewport);
        model.setOnRejected(rejected -> FindingsWindow.show(stage, "Invalid recording", rejected.file(), rejected.findings()));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Fx.run(() -> model.dispose());
        prefs.removeNode();
    }

    private String rendered() {
        return view.viewport().page().isReady() ? view.viewport().page().dumpJson() : "";
    }

    @Test
    void aVerifiedPackageWithTwoWindowsPlaysAndSwitches(FxRobot robot) {
        Fx.run(() -> model.open(SAMPLES.resolve("multi-window.phreplay")));
        Fx.waitUntil("the first frame of the recorded page", WAIT, () -> rendered().contains("PostHog React"), this::rendered);
        // The full verification runs beside the first frame and then says so.
        Fx.waitUntil("the package is verified", WAIT,
                () -> "✔ Verified package (checksums OK)".equals(robot.lookup("#status").queryAs(Label.class).getText()));
        assertTrue(Fx.call(() -> model.recordingProperty().get().verified()));
        assertEquals(2560, Fx.call(() -> view.viewport().page().webView().getWidth()), 0.5, "the recorded viewport");
        assertEquals(2, Fx.call(() -> model.windowIds().size()));
        robot.sleep(500);
        keepWindowImage("player-window.png");
        String first = Fx.call(() -> model.selectedWindowProperty().get());
        Fx.run(() -> model.selectedWindowProperty().set(model.windowIds().get(1)));
        Fx.waitUntil("the second window is shown", WAIT, () -> model.playback() != null && rendered().contains("PostHog React"));
        assertTrue(!first.equals(Fx.call(() -> model.selectedWindowProperty().get())));
        Fx.run(() -> {
            model.playback().speedProperty().set(16);
            model.playback().play();
        });
        Fx.waitUntil("it plays to the end", WAIT, () -> !model.playback().isPlaying());
        assertEquals(Fx.call(() -> (double) model.playback().duration()), Fx.call(() -> model.playback().position()));
    }

    /** With -Dphreplay.keep.shots=DIR the whole window is kept as a PNG for a person to look at. */
    private void keepWindowImage(String name) {
        String folder = System.getProperty("phreplay.keep.shots");
        if (folder == null) {
            return;
        }
        javafx.scene.image.WritableImage image = Fx.call(() -> view.stage().getScene().snapshot(null));
        try {
            Files.createDirectories(Path.of(folder));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(folder, name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDamagedPackageOpensTheReportWithEveryFinding(FxRobot robot) throws Exception {
        Path damaged = temp.resolve("damaged.phreplay");
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("multi-window.phreplay"));
        bytes[bytes.length / 2] ^= 0x55;
        bytes[bytes.length / 3] ^= 0x55;
        try (OutputStream out = Files.newOutputStream(damaged)) {
            out.write(bytes);
        }
        Fx.run(() -> model.open(damaged));
        Fx.waitUntil("the validation report", WAIT, () -> !robot.lookup("#findings").queryAll().isEmpty());
        if (System.getProperty("phreplay.keep.shots") != null) {
            javafx.scene.image.WritableImage image = Fx.call(() -> robot.lookup("#findings").queryAs(TableView.class)
                    .getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(System.getProperty("phreplay.keep.shots"), "report.png").toFile());
        }
        TableView<?> table = robot.lookup("#findings").queryAs(TableView.class);
        assertTrue(table.getItems().size() >= 1, "findings listed");
        assertTrue(robot.lookup("#findings-heading").queryAs(Label.class).getText().contains("damaged.phreplay"));
        assertEquals(null, Fx.call(() -> model.recordingProperty().get()));
    }

    @Test
    void aPackagedImageShowsFromThePackage(FxRobot robot) throws Exception {
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAgAAH/ZVOXKgAAAABJRU5ErkJggg==";
        Path logo = Files.write(temp.resolve("logo.png"), Base64.getDecoder().decode(png));
        Path events = Files.writeString(temp.resolve("events.json"), "["
                + "{\"type\":4,\"data\":{\"href\":\"https://shop.example.invalid/\",\"width\":800,\"height\":600},\"timestamp\":1000},"
                + "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":2,\"id\":2,\"tagName\":\"html\","
                + "\"attributes\":{},\"childNodes\":[{\"type\":2,\"id\":3,\"tagName\":\"body\",\"attributes\":{},\"childNodes\":["
                + "{\"type\":2,\"id\":4,\"tagName\":\"img\",\"attributes\":{\"id\":\"logo\",\"src\":\"https://cdn.example.invalid/logo.png\"},"
                + "\"childNodes\":[]}]}]}]},\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":1001}]");
        Path packaged = temp.resolve("with-logo.phreplay");
        try (OpenedRecording imported = Recordings.open(events)) {
            Packer.pack(imported, packaged, null, "file", null,
                    Map.of("https://cdn.example.invalid/logo.png", logo), line -> { });
        }
        Fx.run(() -> model.open(packaged));
        Fx.waitUntil("the packaged image is shown", WAIT, () -> view.viewport().page().isReady()
                && "2x3".equals(view.viewport().page().engineForTests().executeScript(
                        "var i = document.getElementById('logo'); i ? i.naturalWidth + 'x' + i.naturalHeight : ''")), this::rendered);
        // the lock is the JVM's: a page of another test may still be loading, so this recording's URL is asked for
        assertTrue(NetworkLock.install().blockedUrls().stream().noneMatch(url -> url.contains("cdn.example.invalid")),
                () -> "the packaged image never went to the network lock: " + NetworkLock.install().blockedUrls());
    }

    @Test
    void anImportedExportIsNotCalledVerified(FxRobot robot) {
        Fx.run(() -> model.open(Shared.rrwebFixture("input.json")));
        Fx.waitUntil("the first frame", WAIT, () -> model.playback() != null && rendered().contains("\"body\""),
                () -> model.banners() + " " + rendered());
        Label status = robot.lookup("#status").queryAs(Label.class);
        Fx.waitUntil("the status is final once the recording is checked", WAIT, () -> !status.getText().startsWith("Checking"));
        assertEquals("Imported recording (not a verified package)", Fx.call(status::getText));
    }

    private Object page(String script) {
        return Fx.call(() -> view.viewport().page().engineForTests().executeScript(script));
    }

    /** Records play, pause and the last position and rate set, on every media element of the page. */
    private static final String RECORD_MEDIA_CALLS = "window.__media = {calls: [], currentTime: null, playbackRate: null};"
            + "HTMLMediaElement.prototype.play = function () { window.__media.calls.push('play'); };"
            + "HTMLMediaElement.prototype.pause = function () { window.__media.calls.push('pause'); };"
            + "['currentTime', 'playbackRate'].forEach(function (name) {"
            + "  Object.defineProperty(HTMLMediaElement.prototype, name, {configurable: true,"
            + "    get: function () { return window.__media[name]; },"
            + "    set: function (value) { window.__media[name] = value; }});"
            + "});";

    private double told(String property) {
        return ((Number) page("window.__media." + property)).doubleValue();
    }

    private String lastCall() {
        return (String) page("window.__media.calls.length ? window.__media.calls[window.__media.calls.length - 1] : 'none'");
    }

    private void seek(double offset) {
        Fx.run(() -> model.playback().seek(offset));
    }

    /** Where rrweb puts a playing video: its position at the last interaction plus the time played since. */
    private static double playedPosition(double offset) {
        return VIDEO_PLAYED_FROM + (VIDEO_START + offset - VIDEO_PLAYED_AT) / 1000.0;
    }

    /**
     * rrweb's video fixture in the player: the video element follows the recorded media state at the
     * player's time, as rrweb's MediaManager makes it (its video.test.ts). The video itself is not in
     * the fixture, and an element with no loadable source keeps neither a position nor a playing
     * state, so the page's media elements are wrapped to record what they are told: the position, the
     * rate, and whether they were last told to play or to pause.
     */
    @Test
    void theVideoIsAtTheRecordedPositionPausedOrPlayingWithThePlayerAndAtItsSpeed() {
        Fx.waitUntil("the page is ready", WAIT, () -> view.viewport().page().isReady());
        page(RECORD_MEDIA_CALLS);
        Fx.run(() -> model.open(Shared.rrwebFixture("video-playback.json")));
        Fx.waitUntil("the recorded video is on the page and told where to be", WAIT,
                () -> model.playback() != null && !"none".equals(lastCall()));
        assertEquals(true, page("document.querySelector('video').muted"), "the player is silent");
        assertEquals(0, told("currentTime"), 1e-6, "at the start, where the full snapshot says");
        assertEquals("pause", lastCall(), "rrweb's video is paused while the player has not started");
        Fx.run(() -> model.playback().skipInactiveProperty().set(false));

        seek(6500);
        assertEquals(playedPosition(6500), told("currentTime"), 0.002, "rrweb's seek to 6.5 s");
        assertEquals("pause", lastCall(), "held still while the player is paused");

        seek(3000);
        assertEquals(playedPosition(3000), told("currentTime"), 0.002, "a seek back draws the video again");

        Fx.run(() -> {
            model.playback().speedProperty().set(8);
            model.playback().play();
        });
        Fx.waitUntil("the video is told to play", WAIT, () -> "play".equals(lastCall()));
        assertEquals(8, told("playbackRate"), 1e-9, "the recorded rate times the player's speed");
        Fx.run(() -> model.playback().pause());
        Fx.waitUntil("the video is told to pause", WAIT, () -> "pause".equals(lastCall()));

        seek(22_000);
        assertEquals(VIDEO_PAUSED_AT_POSITION, told("currentTime"), 1e-6, "paused in the recording: where it was paused");
        seek(25_000);
        assertEquals(VIDEO_REPLAYED_FROM + (VIDEO_START + 25_000 - VIDEO_REPLAYED_AT) / 1000.0, told("currentTime"), 0.002,
                "played again in the recording from where it was sought");
        assertEquals("pause", lastCall());
    }
}
