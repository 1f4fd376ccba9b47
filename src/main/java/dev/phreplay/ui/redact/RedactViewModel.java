package dev.phreplay.ui.redact;

import dev.phreplay.redact.RuleNames;
import dev.phreplay.redact.Tally;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the "Export redacted copy" dialog: the input, the chosen rules, the preview counts,
 * and the work in progress. Work runs on {@code executor}; results land on the FX thread.
 */
public final class RedactViewModel {
    private final Path input;
    private final RedactionService service;
    private final Executor executor;
    private final ObjectProperty<Path> rules = new SimpleObjectProperty<>();
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty previewed = new SimpleBooleanProperty();
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    public RedactViewModel(Path input, RedactionService service, Executor executor) {
        this.input = input;
        this.service = service;
        this.executor = executor;
    }

    public Path input() {
        return input;
    }

    public ObjectProperty<Path> rulesProperty() {
        return rules;
    }

    public ObservableList<RuleRow> rows() {
        return rows;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the counts shown are those of the current rules. */
    public ReadOnlyBooleanProperty previewedProperty() {
        return previewed;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    /** Counts what the current rules would remove (FX thread). */
    public void preview() {
        Path chosen = rules.get();
        previewed.set(false);
        run("Counting what the rules remove…", new Task<>() {
            @Override
            protected Tally call() throws Exception {
                return service.preview(input, chosen);
            }
        }, tally -> {
            show(tally);
            previewed.set(true);
            status.set(tally.total() == 0 ? "Nothing to remove with these rules." : "These rules remove " + tally.total() + " occurrences.");
        });
    }

    /** Writes the redacted copy (FX thread); {@code report} may be null. */
    public void export(Path output, Path report) {
        Path chosen = rules.get();
        run("Writing " + output.getFileName() + "…", new Task<>() {
            @Override
            protected Tally call() throws Exception {
                return service.write(input, chosen, output, report);
            }
        }, tally -> {
            show(tally);
            written.set(output);
            status.set("Written " + output.getFileName() + ": " + tally.total() + " occurrences removed.");
        });
    }

    private void run(String message, Task<Tally> task, java.util.function.Consumer<Tally> done) {
        busy.set(true);
        status.set(message);
        task.setOnSucceeded(e -> {
            busy.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable failure = task.getException();
            status.set("Failed: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        });
        executor.execute(task);
    }

    private void show(Tally tally) {
        rows.setAll(tally.rules().stream().map(r -> new RuleRow(r.rule(), RuleNames.describe(r.rule()), r.count())).toList());
        total.set(tally.total());
    }
}
