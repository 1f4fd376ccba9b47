package dev.phreplay.ui.player;

import dev.phreplay.ui.session.Finding;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The validation report: every finding of a file, as the core worded it. Never a stack trace. */
public final class FindingsWindow {
    private FindingsWindow() {}

    public static Stage show(Window owner, String heading, Path file, List<Finding> findings) {
        TableView<Finding> table = new TableView<>();
        table.setId("findings");
        table.getColumns().add(column("Severity", 90, f -> f.severity().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Where", 220, Finding::where));
        table.getColumns().add(column("Finding", 520, Finding::message));
        table.getItems().setAll(findings);
        Label title = new Label(heading + (file == null ? "" : ": " + file) + " — " + findings.size() + " finding(s)");
        title.setId("findings-heading");
        title.setWrapText(true);
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setOnAction(event -> stage.close());
        BorderPane root = new BorderPane(table, title, null, new HBox(close), null);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        stage.setTitle(heading);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root, 860, 420));
        stage.show();
        return stage;
    }

    private static TableColumn<Finding, String> column(String name, double width,
                                                       java.util.function.Function<Finding, String> value) {
        TableColumn<Finding, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
