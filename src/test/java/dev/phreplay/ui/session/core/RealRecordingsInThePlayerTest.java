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

/** The player on the sample packages, read and verified by the core. */
@ExtendWith(ApplicationExtension.class)
class RealRecordingsInThePlayerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SAMPLES = Path.of("sample-packages");

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
        assertEquals(0, Fx.call(() -> model.blockedCountProperty().get()), "nothing went to the network lock");
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
}
