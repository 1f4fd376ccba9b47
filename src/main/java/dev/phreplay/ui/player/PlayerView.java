package dev.phreplay.ui.player;

import dev.phreplay.ui.redact.RedactDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus, the page (with banners and open progress over it), a slot for the
 * inspector panels, the transport and a status bar with the window selector, the blocked-resource
 * indicator and the verification state. Drop a file anywhere to open it.
 */
public final class PlayerView {
    private final PlayerViewModel model;
    private final ViewportPane viewport;
    private final TransportBar transport = new TransportBar();
    private final StackPane pageArea;
    static final Duration PROGRESS_DELAY = Duration.millis(300);
    private final BooleanProperty progressShown = new SimpleBooleanProperty(this, "progressShown", false);
    private final BorderPane root = new BorderPane();
    private final Menu recentMenu = new Menu("Open Recent");
    private final Stage stage;
    private final Label reading = new Label("Reading the rest of the recording…");
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            PlaybackViewModel playback = model.playback();
            if (playback != null) {
                playback.tick(now);
                playback.refreshLength();
            }
            reading.setVisible(playback != null && playback.playback().loadedFraction() < 1);
        }
    };

    public PlayerView(Stage stage, PlayerViewModel model, ViewportPane viewport) {
        this.stage = stage;
        this.model = model;
        this.viewport = viewport;
        StackPane page = new StackPane(viewport, new BannerArea(model.banners()), progress(), placeholder());
        StackPane.setAlignment(page.getChildren().get(1), Pos.TOP_CENTER);
        page.setId("page-area");
        // The page takes the focus (from the go-to field, say) so the shortcuts work again.
        page.setFocusTraversable(true);
        page.setOnMousePressed(event -> page.requestFocus());
        page.setStyle("-fx-background-color: #202124;");
        pageArea = page;
        root.setTop(menus());
        root.setCenter(page);
        root.setBottom(new VBox(transport, statusBar()));
        model.playbackProperty().addListener((property, old, now) -> transport.setModel(now));
        model.recordingProperty().addListener((property, old, now) -> refreshRecent());
        refreshRecent();
        Scene scene = new Scene(root, 1200, 800);
        Shortcuts.install(scene, model::playback, this::toggleFullScreen, this::showShortcuts);
        acceptDrops(scene, model::open);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnHidden(event -> frames.stop());
        stage.setOnShown(event -> page.requestFocus());
        frames.start();
    }

    public Stage stage() {
        return stage;
    }

    public ViewportPane viewport() {
        return viewport;
    }

    public TransportBar transport() {
        return transport;
    }

    /** Docks the inspector panels: {@code dock} puts the page area and the panels side by side. */
    public void dockInspector(Function<Node, ? extends Node> dock) {
        root.setCenter(dock.apply(pageArea));
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> chooseFile());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> stage.close());
        MenuItem redacted = new MenuItem("Export redacted copy…");
        redacted.setId("export-redacted");
        redacted.disableProperty().bind(model.recordingProperty().isNull());
        redacted.setOnAction(event -> RedactDialog.show(stage, model.recordingProperty().get().file()));
        Menu file = new Menu("File", null, open, recentMenu, redacted, quit);
        CheckMenuItem remote = new CheckMenuItem("Load remote resources (this recording only)");
        remote.setId("load-remote");
        remote.selectedProperty().bindBidirectional(model.loadRemoteProperty());
        MenuItem fullScreen = new MenuItem("Full screen (F)");
        fullScreen.setOnAction(event -> toggleFullScreen());
        CheckMenuItem pick = new CheckMenuItem("Pick an element in the page");
        pick.setId("pick-element");
        pick.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        pick.selectedProperty().bindBidirectional(viewport.pickingProperty());
        Menu view = new Menu("View", null, fullScreen, remote, pick);
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts (?)");
        shortcuts.setOnAction(event -> showShortcuts());
        MenuBar bar = new MenuBar(file, view, new Menu("Help", null, shortcuts));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void refreshRecent() {
        List<Path> files = model.recentFiles().list();
        recentMenu.getItems().clear();
        for (Path path : files) {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(event -> model.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a recording");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Recordings", "*.phreplay", "*.json", "*.jsonl", "*.ndjson", "*.gz", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    static void acceptDrops(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean done = files != null && !files.isEmpty();
            if (done) {
                open.accept(files.getFirst().toPath());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private HBox statusBar() {
        ChoiceBox<String> windows = new ChoiceBox<>(model.windowIds());
        windows.setId("window-selector");
        windows.valueProperty().bindBidirectional(model.selectedWindowProperty());
        windows.setFocusTraversable(false);
        windows.setMaxWidth(280);
        Label windowLabel = new Label("Window:");
        windowLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        windowLabel.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.windowIds()).greaterThan(1));
        windowLabel.managedProperty().bind(windowLabel.visibleProperty());
        windows.visibleProperty().bind(windowLabel.visibleProperty());
        windows.managedProperty().bind(windowLabel.visibleProperty());
        Label blocked = new Label();
        blocked.setId("blocked");
        blocked.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.loadRemoteProperty().get()
                ? "Remote resources allowed" : "Blocked: " + model.blockedCountProperty().get() + " external resource(s)",
                model.blockedCountProperty(), model.loadRemoteProperty()));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        TextField goTo = new TextField();
        goTo.setId("goto");
        goTo.setPromptText("Go to m:ss");
        goTo.setPrefColumnCount(7);
        goTo.setOnAction(event -> goTo(goTo));
        goTo.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                root.requestFocus();
            }
        });
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        reading.setId("reading");
        reading.setVisible(false);
        reading.managedProperty().bind(reading.visibleProperty());
        HBox bar = new HBox(10, windowLabel, windows, status, reading, spacer, blocked, goTo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private void goTo(TextField field) {
        PlaybackViewModel playback = model.playback();
        String text = field.getText().trim();
        if (playback == null || text.isEmpty()) {
            return;
        }
        try {
            double ms = 0;
            for (String part : text.split(":")) {
                ms = ms * 60 + Double.parseDouble(part);
            }
            playback.seek(ms * 1000);
            field.setStyle("");
        } catch (NumberFormatException e) {
            field.setStyle("-fx-border-color: #d93025;");
        }
    }

    /**
     * Shown once opening has taken {@link #PROGRESS_DELAY}: a quick open would only flash it, and
     * repaint the window while the file is being read.
     */
    private StackPane progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("open-progress");
        bar.progressProperty().bind(model.openProgressProperty());
        bar.setPrefWidth(320);
        Label label = new Label("Opening…");
        label.setStyle("-fx-text-fill: white;");
        VBox box = new VBox(8, label, bar);
        box.setAlignment(Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.visibleProperty().bind(progressShown);
        pane.setMouseTransparent(true);
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(event -> progressShown.set(model.openingProperty().get()));
        model.openingProperty().addListener((property, was, opening) -> {
            delay.stop();
            if (opening) {
                delay.playFromStart();
            } else {
                progressShown.set(false);
            }
        });
        return pane;
    }

    private Label placeholder() {
        Label label = new Label("Drop a recording here, or choose File › Open…");
        label.setId("placeholder");
        label.setStyle("-fx-text-fill: #bbbbbb; -fx-font-size: 16px;");
        label.visibleProperty().bind(model.recordingProperty().isNull().and(progressShown.not()));
        label.setMouseTransparent(true);
        return label;
    }

    private void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    private void showShortcuts() {
        ShortcutsWindow.show(stage);
    }
}
