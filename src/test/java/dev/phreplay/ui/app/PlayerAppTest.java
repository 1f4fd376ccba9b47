package dev.phreplay.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.ScriptedRecording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files handed to the running player, by a second launch or by the macOS open-file event, all arrive
 * through {@code openLater}: before the window exists they wait for it, after it they open in it.
 */
class PlayerAppTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    private Preferences prefs;
    private PlayerApp app;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void createApp() {
        System.setProperty("phreplay.config.dir", temp.resolve("config").toString());
        prefs = Preferences.userRoot().node("dev/phreplay/test/" + System.nanoTime());
        app = new PlayerApp((file, progress) -> new OpenOutcome.Opened(new ScriptedRecording(file, true, List.of(), -1)),
                new RecentFiles(prefs));
    }

    @AfterEach
    void closeWindow() throws Exception {
        Fx.run(() -> {
            if (app.stage() != null) {
                app.stage().hide();
            }
        });
        prefs.removeNode();
    }

    @Test
    void aFileArrivingBeforeTheWindowOpensOnceItShows() throws Exception {
        Path early = Files.createFile(temp.resolve("early.phreplay"));
        app.openLater(early);
        Fx.run(() -> assertNull(app.model(), "no window yet"));
        Fx.run(() -> app.show(null));
        waitUntilOpen(early);
    }

    @Test
    void aFileArrivingLaterReplacesTheOpenRecording() throws Exception {
        Path first = Files.createFile(temp.resolve("first.phreplay"));
        Path second = Files.createFile(temp.resolve("second.phreplay"));
        Fx.run(() -> app.show(first));
        waitUntilOpen(first);
        Fx.run(() -> app.stage().setIconified(true));
        app.openLater(second);
        waitUntilOpen(second);
        assertTrue(!Fx.call(() -> app.stage().isIconified()), "the window comes back to the front");
        List<Path> expected = List.of(second.toAbsolutePath().normalize(), first.toAbsolutePath().normalize());
        // a file joins the recent files once its first frame is painted
        Fx.waitUntil("both files are recent, newest first", WAIT, () -> app.model().recentFiles().list().equals(expected));
    }

    private void waitUntilOpen(Path file) {
        Fx.waitUntil("the player shows " + file.getFileName(), WAIT, () -> app.model() != null
                && app.model().recordingProperty().get() != null
                && app.model().recordingProperty().get().file().equals(file));
    }
}
