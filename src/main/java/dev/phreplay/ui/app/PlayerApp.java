package dev.phreplay.ui.app;

import dev.phreplay.ui.inspector.InspectorPane;
import dev.phreplay.ui.player.FindingsWindow;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.session.RecordingOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The desktop player: one window, files from the command line, from other launches and from the OS. */
public final class PlayerApp {
    private final RecordingOpener opener;
    private final RecentFiles recent;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Path> early = new CopyOnWriteArrayList<>();
    private PlayerViewModel model;
    private Stage stage;

    PlayerApp(RecordingOpener opener, RecentFiles recent) {
        this.opener = opener;
        this.recent = recent;
    }

    /**
     * Opens the player and blocks until its window closes. When a player is already running,
     * hands {@code file} to it instead and returns at once.
     *
     * @return true when this call showed the window, false when it handed the file off
     */
    public static boolean run(Path file, RecordingOpener opener) throws InterruptedException {
        if (SingleInstance.handOff(file == null ? List.of() : List.of(file))) {
            return false;
        }
        opener.warmUp();
        PlayerApp app = new PlayerApp(opener, RecentFiles.standard());
        // Before the toolkit starts: macOS may deliver the double-clicked file right away.
        OpenFileEvents.install(app::openLater);
        FxStartup.start(false);
        Platform.setImplicitExit(false);
        try (SingleInstance instance = SingleInstance.listen(app::openLater)) {
            Platform.runLater(() -> app.show(file));
            app.closed.await();
        }
        Platform.exit();
        return true;
    }

    /** Opens {@code file} in the window, or right after the window shows; from any thread. */
    void openLater(Path file) {
        Platform.runLater(() -> {
            if (model == null) {
                early.add(file);
                return;
            }
            stage.setIconified(false);
            stage.toFront();
            model.open(file);
        });
    }

    void show(Path file) {
        stage = new Stage();
        model = PlayerWindow.create(stage, opener, recent, new InspectorPane()).model();
        model.setOnRejected(rejected -> FindingsWindow.show(stage, "Invalid recording", rejected.file(), rejected.findings()));
        model.setOnShowFindings(findings -> FindingsWindow.show(stage, "Warnings", null, findings));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            model.dispose();
            closed.countDown();
        });
        stage.show();
        if (file != null) {
            model.open(file);
        }
        early.forEach(model::open);
        early.clear();
    }

    PlayerViewModel model() {
        return model;
    }

    Stage stage() {
        return stage;
    }
}
