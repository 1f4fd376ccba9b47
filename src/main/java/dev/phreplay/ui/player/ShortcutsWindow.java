package dev.phreplay.ui.player;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The list of keyboard shortcuts ("?"). */
public final class ShortcutsWindow {
    private static Stage open;

    private ShortcutsWindow() {}

    public static Stage show(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return open;
        }
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(14));
        int row = 0;
        for (Shortcuts.Help help : Shortcuts.HELP) {
            Label keys = new Label(help.keys());
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, keys, new Label(help.action()));
        }
        Stage stage = new Stage();
        stage.setTitle("Keyboard shortcuts");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(grid));
        stage.getScene().setOnKeyPressed(event -> stage.close());
        stage.show();
        open = stage;
        return stage;
    }
}
