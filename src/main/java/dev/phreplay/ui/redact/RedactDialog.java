package dev.phreplay.ui.redact;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Export redacted copy…: shows, per rule, how much the rules would remove, then writes the
 * redacted package where the user chooses. The player's menu calls {@link #show(Window, Path)}.
 */
public final class RedactDialog {
    private final RedactViewModel model;
    private final Stage stage = new Stage();
    private final Chooser chooser;

    /** Picks files; replaced in tests, where no native file dialog can open. */
    public interface Chooser {
        Path rulesFile(Window owner);

        Path outputFile(Window owner, Path input);
    }

    RedactDialog(Window owner, RedactViewModel model, Chooser chooser) {
        this.model = model;
        this.chooser = chooser;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export redacted copy");
        stage.setScene(new Scene(content(), 640, 420));
    }

    /** Opens the dialog for {@code input} with the core redaction and starts the preview (FX thread). */
    public static RedactDialog show(Window owner, Path input) {
        return show(owner, input, new CoreRedactionService(), backgroundExecutor(), new FileChoosers());
    }

    public static RedactDialog show(Window owner, Path input, RedactionService service, Executor executor, Chooser chooser) {
        RedactDialog dialog = new RedactDialog(owner, new RedactViewModel(input, service, executor), chooser);
        dialog.stage.show();
        dialog.model.preview();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    public RedactViewModel model() {
        return model;
    }

    private BorderPane content() {
        Label file = new Label("Recording: " + model.input().getFileName());
        file.setId("redact-input");
        Label rules = new Label();
        rules.setId("redact-rules");
        rules.textProperty().bind(Bindings.createStringBinding(
                () -> model.rulesProperty().get() == null ? "Rules: default rules" : "Rules: " + model.rulesProperty().get().getFileName(),
                model.rulesProperty()));
        Button chooseRules = new Button("Choose rules…");
        chooseRules.setId("redact-choose-rules");
        chooseRules.setOnAction(e -> {
            Path chosen = chooser.rulesFile(stage);
            if (chosen != null) {
                model.rulesProperty().set(chosen);
                model.preview();
            }
        });
        Button defaults = new Button("Use default rules");
        defaults.setOnAction(e -> {
            model.rulesProperty().set(null);
            model.preview();
        });
        HBox rulesLine = new HBox(8, rules, spacer(), chooseRules, defaults);

        TableView<RuleRow> table = new TableView<>(model.rows());
        table.setId("redact-counts");
        table.getColumns().add(column("What is removed", RuleRow::description, 380));
        table.getColumns().add(column("Rule", RuleRow::rule, 120));
        table.getColumns().add(column("Count", RuleRow::count, 80));
        table.setPlaceholder(new Label("Nothing to remove"));

        Label status = new Label();
        status.setId("redact-status");
        status.textProperty().bind(model.statusProperty());
        CheckBox report = new CheckBox("Also write a report (counts and positions, no values)");
        report.setId("redact-report");
        report.setSelected(true);
        Button cancel = new Button("Close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button export = new Button("Export…");
        export.setId("redact-export");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.busyProperty().or(model.previewedProperty().not()));
        export.setOnAction(e -> {
            Path output = chooser.outputFile(stage, model.input());
            if (output != null) {
                model.export(output, report.isSelected() ? reportPath(output) : null);
            }
        });
        VBox top = new VBox(6, file, rulesLine);
        VBox bottom = new VBox(6, status, new HBox(8, report, spacer(), cancel, export));
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        return root;
    }

    static Path reportPath(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".redaction-report.json");
    }

    private static <T> TableColumn<RuleRow, T> column(String title, java.util.function.Function<RuleRow, T> value, double width) {
        TableColumn<RuleRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    static Executor backgroundExecutor() {
        return work -> Thread.ofPlatform().daemon().name("redact").start(work);
    }

    /** The platform's file dialogs. */
    static final class FileChoosers implements Chooser {
        @Override
        public Path rulesFile(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Redaction rules");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rules (*.json)", "*.json"));
            java.io.File file = chooser.showOpenDialog(owner);
            return file == null ? null : file.toPath();
        }

        @Override
        public Path outputFile(Window owner, Path input) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save redacted copy");
            chooser.setInitialDirectory(input.toAbsolutePath().getParent().toFile());
            String name = input.getFileName().toString();
            int dot = name.indexOf('.');
            chooser.setInitialFileName((dot > 0 ? name.substring(0, dot) : name) + ".redacted.phreplay");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("phreplay package (*.phreplay)", "*.phreplay"));
            java.io.File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        }
    }
}
