package dev.phreplay.ui.player;

import dev.phreplay.ui.app.PlayerLog;
import dev.phreplay.ui.render.AfterPaint;
import dev.phreplay.ui.render.AssetScheme;
import dev.phreplay.ui.render.NetworkLock;
import dev.phreplay.ui.render.RenderFailure;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.RecordingOpener;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The player window's state: the open recording, its windows, the playback of the selected
 * window, banners, verification and the network lock. Opening runs off the FX thread; everything
 * else is FX-thread only.
 */
public final class PlayerViewModel {
    private final RecordingOpener opener;
    private final RenderSurface surface;
    private final RecentFiles recent;
    private final NetworkLock lock = NetworkLock.install();
    private AssetScheme.Registration assets;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "phreplay-open");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<PlayerRecording> recording = new ReadOnlyObjectWrapper<>(this, "recording");
    private final ReadOnlyObjectWrapper<PlaybackViewModel> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ObservableList<String> windowIds = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedWindow = new SimpleObjectProperty<>(this, "selectedWindow");
    private final ObservableList<Banner> banners = FXCollections.observableArrayList();
    private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening", false);
    private final SimpleDoubleProperty openProgress = new SimpleDoubleProperty(this, "openProgress", -1);
    private final StringProperty status = new SimpleStringProperty(this, "status", "No recording open");
    private final IntegerProperty blockedCount = new SimpleIntegerProperty(this, "blockedCount", 0);
    private final BooleanProperty loadRemote = new SimpleBooleanProperty(this, "loadRemote", false);
    private final StringProperty title = new SimpleStringProperty(this, "title", "phreplay");
    private Consumer<OpenOutcome.Rejected> onRejected = rejected -> {};
    private Consumer<List<Finding>> onShowFindings = findings -> {};
    private WindowPlayback window;
    /** The first window of the recording being shown, opened in the background: taken by the first showWindow. */
    private WindowPlayback firstWindow;

    private final List<PlaybackListener> windowListeners = new CopyOnWriteArrayList<>();

    public PlayerViewModel(RecordingOpener opener, RenderSurface surface, RecentFiles recent) {
        this.opener = opener;
        this.surface = surface;
        this.recent = recent;
        surface.setOnFailure(this::renderFailed);
        selectedWindow.addListener((property, old, now) -> showWindow(now));
        lock.addListener(() -> Platform.runLater(() -> blockedCount.set(lock.blockedCount())));
        loadRemote.addListener((property, old, now) -> lock.setRemoteAllowed(now));
    }

    public ReadOnlyObjectProperty<PlayerRecording> recordingProperty() { return recording.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<PlaybackViewModel> playbackProperty() { return playback.getReadOnlyProperty(); }

    public PlaybackViewModel playback() { return playback.get(); }

    public ObservableList<String> windowIds() { return windowIds; }

    public ObjectProperty<String> selectedWindowProperty() { return selectedWindow; }

    public ObservableList<Banner> banners() { return banners; }

    public BooleanProperty openingProperty() { return opening; }

    public SimpleDoubleProperty openProgressProperty() { return openProgress; }

    public StringProperty statusProperty() { return status; }

    public IntegerProperty blockedCountProperty() { return blockedCount; }

    /** "Load remote resources": for the open recording only; opening another turns it off. */
    public BooleanProperty loadRemoteProperty() { return loadRemote; }

    public StringProperty titleProperty() { return title; }

    public RecentFiles recentFiles() { return recent; }

    public void setOnRejected(Consumer<OpenOutcome.Rejected> handler) { onRejected = handler; }

    /** {@code listener} hears the mirror of every window shown from now on (the DOM explorer, say). */
    public void addWindowListener(PlaybackListener listener) {
        windowListeners.add(listener);
    }

    public void setOnShowFindings(Consumer<List<Finding>> handler) { onShowFindings = handler; }

    /** Opens {@code file} in the background; the first frame shows as soon as it is built. */
    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            banners.setAll(Banner.of(Banner.Level.ERROR, "Cannot open " + file + ": no such file."));
            return;
        }
        opening.set(true);
        openProgress.set(-1);
        background.submit(() -> openInBackground(file));
    }

    private void openInBackground(Path file) {
        try {
            OpenOutcome outcome = opener.open(file, fraction -> Platform.runLater(() -> openProgress.set(fraction)));
            WindowPlayback first = outcome instanceof OpenOutcome.Opened opened ? openFirstWindow(opened.recording()) : null;
            Platform.runLater(() -> opened(file, outcome, first));
        } catch (IOException | RuntimeException e) {
            Path log = PlayerLog.write("cannot open " + file, e);
            Platform.runLater(() -> {
                opening.set(false);
                banners.setAll(Banner.of(Banner.Level.ERROR, "Cannot open " + file.getFileName() + ": "
                        + message(e) + ". Details: " + log));
            });
        }
    }

    /**
     * The first window read to its first full snapshot here, in the background, rather than on the
     * FX thread once shown; null when it cannot be (showing it then says why).
     */
    private static WindowPlayback openFirstWindow(PlayerRecording recording) {
        if (recording.windowIds().isEmpty()) {
            return null;
        }
        try {
            return recording.openWindow(recording.windowIds().getFirst());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void opened(Path file, OpenOutcome outcome, WindowPlayback first) {
        opening.set(false);
        switch (outcome) {
            case OpenOutcome.Rejected rejected -> onRejected.accept(rejected);
            case OpenOutcome.Opened opened -> show(opened.recording(), first);
        }
    }

    private void show(PlayerRecording next, WindowPlayback first) {
        closeCurrent();
        loadRemote.set(false);
        lock.reset();
        serveAssets(next);
        recording.set(next);
        title.set(next.file().getFileName() + " — phreplay");
        banners.clear();
        windowIds.setAll(next.windowIds());
        firstWindow = first;
        selectedWindow.set(null);
        selectedWindow.set(windowIds.isEmpty() ? null : windowIds.getFirst());
        status.set("Checking the recording…");
        // The checks read the whole recording, and the list of recent files loads the preferences' XML stack:
        // started once the first frame is on the screen, they do not delay it.
        AfterPaint.run(() -> {
            recent.add(next.file());
            if (recording.get() == next) {
                next.inspection();
                next.verification().whenComplete((findings, error) -> Platform.runLater(() -> verificationDone(next, findings)));
            }
        });
    }

    /** A package found invalid is closed and its report shown; a valid one says so, with its warnings. */
    private void verificationDone(PlayerRecording checked, List<Finding> findings) {
        if (recording.get() != checked) {
            return;
        }
        List<Finding> errors = findings == null ? List.of() : findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            closeCurrent();
            title.set("phreplay");
            status.set("");
            onRejected.accept(new OpenOutcome.Rejected(checked.file(), findings));
            return;
        }
        status.set(verifiedStatus(checked));
        if (!checked.warnings().isEmpty()) {
            banners.add(new Banner(Banner.Level.WARNING, "This recording has " + checked.warnings().size()
                    + " warning(s).", "Show", () -> onShowFindings.accept(checked.warnings())));
        }
    }

    private static String verifiedStatus(PlayerRecording checked) {
        return checked.verified() ? "✔ Verified package (checksums OK)" : "Imported recording (not a verified package)";
    }

    private void showWindow(String windowId) {
        closeWindow();
        PlayerRecording current = recording.get();
        if (windowId == null || current == null) {
            return;
        }
        try {
            window = takeWindow(current, windowId);
        } catch (IOException | RuntimeException e) {
            Path log = PlayerLog.write("cannot open window " + windowId, e);
            banners.add(Banner.of(Banner.Level.ERROR, "Cannot open window " + windowId + ": " + message(e)
                    + ". Details: " + log));
            return;
        }
        window.addListener(surface.listener());
        windowListeners.forEach(window::addListener);
        // A recording that does not say where it was made is shown in the viewer's own zone, named.
        ZoneId zone = current.timeZone() == null ? ZoneId.systemDefault() : current.timeZone();
        PlaybackViewModel model = new PlaybackViewModel(window, zone, this::redraw);
        // starting, stopping and a new speed change what moves by itself on the page: drawn at once
        model.playingProperty().addListener((property, old, now) -> redraw(model.clock(false)));
        model.speedProperty().addListener((property, old, now) -> redraw(model.clock(false)));
        playback.set(model);
        model.start();
    }

    private WindowPlayback takeWindow(PlayerRecording current, String windowId) throws IOException {
        WindowPlayback ready = firstWindow;
        firstWindow = null;
        if (ready != null && windowId.equals(current.windowIds().getFirst())) {
            return ready;
        }
        if (ready != null) {
            ready.close();
        }
        return current.openWindow(windowId);
    }

    private void redraw(PlayClock clock) {
        surface.setClock(clock);
        if (window != null && window.viewport() != null) {
            surface.showViewport(window.viewport());
        }
        surface.redraw();
    }

    private void renderFailed(RenderFailure failure) {
        String where = failure.eventIndex() >= 0 ? "event #" + failure.eventIndex() : "the page";
        Path log = PlayerLog.write("render failure at " + where + " in " + (recording.get() == null ? "?"
                : recording.get().file()) + ": " + failure.message(), null);
        Banner banner = Banner.of(Banner.Level.ERROR, "Could not render " + where + " (" + failure.message()
                + "). Playback continues; details in " + log);
        banners.removeIf(b -> b.level() == Banner.Level.ERROR && b.text().startsWith("Could not render"));
        banners.add(banner);
    }

    private void closeWindow() {
        PlaybackViewModel model = playback.get();
        if (model != null) {
            model.pause();
        }
        playback.set(null);
        if (window != null) {
            window.removeListener(surface.listener());
            window.close();
            window = null;
        }
    }

    /** The package's own copies of resources load from it (never the network): see {@link AssetScheme}. */
    private void serveAssets(PlayerRecording next) {
        Map<String, String> entries = next.assetEntries();
        if (entries.isEmpty()) {
            return;
        }
        assets = AssetScheme.register(next::asset);
        surface.setAssets(assets.localUrls(entries));
    }

    private void closeCurrent() {
        if (assets != null) {
            assets.close();
            assets = null;
            surface.setAssets(Map.of());
        }
        closeWindow();
        PlayerRecording current = recording.get();
        if (current != null) {
            current.close();
        }
        recording.set(null);
    }

    public void dispose() {
        closeCurrent();
        background.shutdownNow();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
