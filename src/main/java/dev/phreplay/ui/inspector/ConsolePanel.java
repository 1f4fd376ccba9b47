package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.ConsoleEntry;
import dev.phreplay.inspect.ConsoleLevel;
import dev.phreplay.inspect.Durations;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The console: level filters with counts, a search, the lines (current one highlighted), the selected line in full. */
public final class ConsolePanel extends FollowingPanel<ConsoleEntry> {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ConsoleViewModel model = new ConsoleViewModel();
    private final ListView<ConsoleEntry> list = new ListView<>(model.shown());
    private final TextArea detail = new TextArea();
    private final HBox filters = new HBox(4);

    public ConsolePanel() {
        getStyleClass().add("inspector-console");
        TextField search = new TextField();
        search.setPromptText("Search messages");
        search.setId("console-search");
        model.searchProperty().bind(search.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4));
        rebuildFilters();
        HBox bar = new HBox(6, filters, search);
        bar.setPadding(new Insets(2, 4, 2, 4));
        setTop(bar);

        list.setId("console-list");
        list.setCellFactory(view -> new EntryCell());
        list.setOnKeyPressed(event -> {
            ConsoleEntry selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                seek.seek(selected.t());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> showDetail(entry));
        model.currentProperty().addListener((o, was, entry) -> followCurrent(entry));
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setId("console-detail");
        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.8);
        setCenter(split);
    }

    public ConsoleViewModel model() {
        return model;
    }

    public void setEntries(List<ConsoleEntry> entries) {
        model.setEntries(entries);
        rebuildFilters();
    }

    @Override
    public void setPlayhead(long offsetMs) {
        model.setPlayhead(offsetMs);
    }

    ListView<ConsoleEntry> list() {
        return list;
    }

    private void rebuildFilters() {
        filters.getChildren().clear();
        for (ConsoleLevel level : ConsoleLevel.values()) {
            ToggleButton toggle = new ToggleButton(label(level) + " (" + model.count(level) + ")");
            toggle.setId("console-level-" + level.label());
            toggle.selectedProperty().bindBidirectional(model.levelEnabled(level));
            filters.getChildren().add(toggle);
        }
    }

    private static String label(ConsoleLevel level) {
        return switch (level) {
            case ERROR -> "Errors";
            case WARN -> "Warnings";
            case INFO -> "Info";
            case DEBUG -> "Debug";
        };
    }

    @Override
    ConsoleEntry current() {
        return model.currentProperty().get();
    }

    @Override
    void reveal(ConsoleEntry row) {
        FollowPlayhead.reveal(list, Playhead.indexAt(model.shown(), ConsoleEntry::t, row.t()));
    }

    private void showDetail(ConsoleEntry entry) {
        if (entry == null) {
            detail.clear();
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(Durations.clock(entry.t())).append("  ").append(entry.level());
        if (entry.count() > 1) {
            text.append("  ×").append(entry.count());
        }
        text.append("  window ").append(entry.windowId()).append("\n\n").append(entry.message());
        if (!entry.trace().isEmpty()) {
            text.append("\n\n");
            entry.trace().forEach(frame -> text.append("    at ").append(frame).append('\n'));
        }
        detail.setText(text.toString());
    }

    private final class EntryCell extends ListCell<ConsoleEntry> {
        private final Label time = new Label();
        private final Label level = new Label();
        private final Label message = new Label();
        private final Label count = new Label();
        private final HBox row = new HBox(8, time, level, message, count);

        EntryCell() {
            time.getStyleClass().add("time");
            time.setMinWidth(70);
            level.setMinWidth(60);
            level.getStyleClass().add("level");
            count.getStyleClass().add("count");
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            model.currentProperty().addListener((o, was, now) -> markCurrent());
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    seek.seek(getItem().t());
                }
            });
        }

        @Override
        protected void updateItem(ConsoleEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("error", "warn", "debug");
            if (empty || entry == null) {
                setGraphic(null);
                pseudoClassStateChanged(CURRENT, false);
                return;
            }
            time.setText(Durations.clock(entry.t()));
            level.setText(entry.level());
            int newline = entry.message().indexOf('\n');
            message.setText(newline < 0 ? entry.message() : entry.message().substring(0, newline) + " …");
            count.setText(entry.count() > 1 ? "×" + entry.count() : "");
            switch (entry.group()) {
                case ERROR -> getStyleClass().add("error");
                case WARN -> getStyleClass().add("warn");
                case DEBUG -> getStyleClass().add("debug");
                default -> { }
            }
            markCurrent();
            setGraphic(row);
        }

        private void markCurrent() {
            pseudoClassStateChanged(CURRENT, getItem() != null && getItem() == model.currentProperty().get());
        }
    }
}
