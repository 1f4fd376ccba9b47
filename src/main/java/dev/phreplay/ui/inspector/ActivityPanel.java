package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.ActivityItem;
import dev.phreplay.inspect.ActivitySummary;
import dev.phreplay.inspect.Durations;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The activity list under a summary header; the moment at the playhead is highlighted, a click seeks. */
public final class ActivityPanel extends FollowingPanel<ActivityItem> {
    private final ActivityViewModel model = new ActivityViewModel();
    private final ListView<ActivityItem> list = new ListView<>(model.shown());
    private final Label summary = new Label();

    public ActivityPanel() {
        getStyleClass().add("inspector-activity");
        summary.setId("activity-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty().map(ActivityViewModel::summaryText));
        Tooltip pages = new Tooltip();
        pages.textProperty().bind(model.summaryProperty().map(s -> "Pages:\n" + String.join("\n", s.pages())));
        summary.setTooltip(pages);
        MenuButton kinds = new MenuButton("Show");
        kinds.setId("activity-kinds");
        for (ActivityItem.Kind kind : ActivityItem.Kind.values()) {
            CheckMenuItem item = new CheckMenuItem(kind.label());
            item.setSelected(true);
            item.selectedProperty().addListener((o, was, is) -> model.setShown(kind, is));
            kinds.getItems().add(item);
        }
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, summary, kinds);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4));
        setTop(new VBox(header));
        list.setId("activity-list");
        list.setCellFactory(view -> new ItemCell());
        list.setOnKeyPressed(event -> {
            ActivityItem selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                seek.seek(selected.t());
            }
        });
        model.currentProperty().addListener((o, was, item) -> followCurrent(item));
        setCenter(list);
    }

    public ActivityViewModel model() {
        return model;
    }

    public void setActivity(List<ActivityItem> items, ActivitySummary summary) {
        model.setActivity(items, summary);
    }

    @Override
    public void setPlayhead(long offsetMs) {
        model.setPlayhead(offsetMs);
    }

    @Override
    ActivityItem current() {
        return model.currentProperty().get();
    }

    @Override
    void reveal(ActivityItem row) {
        FollowPlayhead.reveal(list, Playhead.indexAt(model.shown(), ActivityItem::t, row.t()));
    }

    private final class ItemCell extends ListCell<ActivityItem> {
        private final Label time = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox row = new HBox(8, time, title, detail);

        ItemCell() {
            time.setMinWidth(70);
            time.getStyleClass().add("time");
            title.setMinWidth(110);
            title.getStyleClass().add("title");
            HBox.setHgrow(detail, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            model.currentProperty().addListener((o, was, now) -> markCurrent());
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    seek.seek(getItem().t());
                }
            });
        }

        @Override
        protected void updateItem(ActivityItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("kind-"));
            if (empty || item == null) {
                setGraphic(null);
                pseudoClassStateChanged(ConsolePanel.CURRENT, false);
                return;
            }
            time.setText(Durations.clock(item.t()));
            title.setText(item.title());
            detail.setText(item.detail());
            getStyleClass().add("kind-" + item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            markCurrent();
            setGraphic(row);
        }

        private void markCurrent() {
            pseudoClassStateChanged(ConsolePanel.CURRENT, getItem() != null && getItem() == model.currentProperty().get());
        }
    }
}
