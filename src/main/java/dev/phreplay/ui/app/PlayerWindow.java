package dev.phreplay.ui.app;

import dev.phreplay.ui.inspector.InspectorPane;
import dev.phreplay.ui.player.PlayerView;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.session.RecordingOpener;
import javafx.stage.Stage;

/**
 * The player's window, put together: the page's viewport, the view and its model, and the
 * inspector panels docked beside the page. The player shows it; {@code bench-render} measures it.
 *
 * @param inspector null for a window with the page alone
 */
public record PlayerWindow(PlayerViewModel model, PlayerView view, ViewportPane viewport, InspectorPane inspector) {
    /** Builds the window on {@code stage} (FX thread), without showing it. */
    public static PlayerWindow create(Stage stage, RecordingOpener opener, RecentFiles recent, InspectorPane inspector) {
        ViewportPane viewport = new ViewportPane();
        PlayerViewModel model = new PlayerViewModel(opener, viewport, recent);
        PlayerView view = new PlayerView(stage, model, viewport);
        if (inspector != null) {
            view.dockInspector(inspector::dockBeside);
            InspectorWiring.attach(model, inspector, viewport);
        }
        return new PlayerWindow(model, view, viewport, inspector);
    }
}
