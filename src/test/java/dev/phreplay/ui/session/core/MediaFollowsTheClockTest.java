package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.phreplay.testing.Shared;
import dev.phreplay.ui.player.PlayerView;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * rrweb's video fixture in the player: the video element follows the recorded media state at the
 * player's time, as rrweb's MediaManager makes it (its video.test.ts). The video itself is not in
 * the fixture, and an element with no loadable source keeps neither a position nor a playing
 * state, so the page's media elements are wrapped to record what they are told: the position, the
 * rate, and whether they were last told to play or to pause.
 */
@ExtendWith(ApplicationExtension.class)
class MediaFollowsTheClockTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The fixture's first event, and its Play, Pause and Play interactions (source 7): times and positions. */
    private static final long START = 1_900_000_001L;
    private static final long PLAYED_AT = 1_900_001_500L;
    private static final double PLAYED_FROM = 0.000322;
    private static final double PAUSED_AT_POSITION = 20.088367;
    private static final long REPLAYED_AT = 1_900_024_475L;
    private static final double REPLAYED_FROM = 9.744632;

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
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Fx.run(() -> model.dispose());
        prefs.removeNode();
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
        return PLAYED_FROM + (START + offset - PLAYED_AT) / 1000.0;
    }

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
        assertEquals(PAUSED_AT_POSITION, told("currentTime"), 1e-6, "paused in the recording: where it was paused");
        seek(25_000);
        assertEquals(REPLAYED_FROM + (START + 25_000 - REPLAYED_AT) / 1000.0, told("currentTime"), 0.002,
                "played again in the recording from where it was sought");
        assertEquals("pause", lastCall());
    }
}
