package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.Durations;
import dev.phreplay.inspect.NetworkExport;
import dev.phreplay.inspect.NetworkRequest;
import dev.phreplay.inspect.ResourceType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The network table with type and failure filters, a waterfall column, and the selected request's detail. */
public final class NetworkPanel extends FollowingPanel<NetworkRequest> {
    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final NetworkViewModel model = new NetworkViewModel();
    private final SortedList<NetworkRequest> sorted = new SortedList<>(model.shown());
    private final TableView<NetworkRequest> table = new TableView<>(sorted);
    private final NetworkDetailView detail = new NetworkDetailView();
    private final FlowPane filters = new FlowPane(4, 4);

    public NetworkPanel() {
        getStyleClass().add("inspector-network");
        TextField search = new TextField();
        search.setPromptText("Filter URLs");
        search.setId("network-search");
        model.searchProperty().bind(search.textProperty());
        HBox.setHgrow(filters, Priority.ALWAYS);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(6, filters, search);
        bar.setPadding(new Insets(4));
        setTop(bar);
        rebuildFilters();

        table.setId("network-table");
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().addAll(List.of(
                column("Method", 60, NetworkRequest::method),
                column("URL", 280, NetworkRequest::url),
                column("Status", 55, r -> r.status() == null ? "-" : String.valueOf(r.status())),
                column("Type", 75, r -> r.type().label()),
                column("Size", 70, NetworkExport::size),
                column("Duration", 70, r -> r.durationMs() == null ? "-" : Math.round(r.durationMs()) + " ms"),
                column("Start", 75, r -> Durations.clock(r.t())),
                waterfall()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new RequestRow());
        table.setOnKeyPressed(event -> {
            NetworkRequest selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                seek.seek(selected.t());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, request) -> detail.show(request));
        model.currentProperty().addListener((o, was, request) -> followCurrent(request));
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        setCenter(split);
    }

    public NetworkViewModel model() {
        return model;
    }

    public void setRequests(List<NetworkRequest> requests) {
        model.setRequests(requests);
        rebuildFilters();
    }

    @Override
    public void setPlayhead(long offsetMs) {
        model.setPlayhead(offsetMs);
    }

    TableView<NetworkRequest> table() {
        return table;
    }

    private static TableColumn<NetworkRequest, String> column(String title, double width, Function<NetworkRequest, String> value) {
        TableColumn<NetworkRequest, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setId("network-column-" + title.toLowerCase(Locale.ROOT));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<NetworkRequest, NetworkRequest> waterfall() {
        TableColumn<NetworkRequest, NetworkRequest> column = new TableColumn<>("Waterfall");
        column.setPrefWidth(200);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new WaterfallCell(model::spanMs));
        return column;
    }

    private void rebuildFilters() {
        ResourceType selected = model.typeProperty().get();
        filters.getChildren().clear();
        ToggleGroup group = new ToggleGroup();
        filters.getChildren().add(typeToggle(group, null, "All (" + model.total() + ")", selected));
        for (ResourceType type : ResourceType.values()) {
            filters.getChildren().add(typeToggle(group, type, type.label() + " (" + model.count(type) + ")", selected));
        }
        ToggleButton failed = new ToggleButton("Failed (" + model.failedCount() + ")");
        failed.setId("network-failed");
        failed.selectedProperty().bindBidirectional(model.failedOnlyProperty());
        filters.getChildren().add(failed);
    }

    private ToggleButton typeToggle(ToggleGroup group, ResourceType type, String text, ResourceType selected) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId("network-type-" + (type == null ? "all" : type.name().toLowerCase(Locale.ROOT)));
        toggle.setToggleGroup(group);
        toggle.setSelected(type == selected);
        toggle.setOnAction(event -> {
            toggle.setSelected(true); // one type is always chosen; "All" clears the filter
            model.typeProperty().set(type);
        });
        return toggle;
    }

    @Override
    NetworkRequest current() {
        return model.currentProperty().get();
    }

    @Override
    void reveal(NetworkRequest row) {
        // sorted by start unless the user sorted by a column: then find it the slow way
        int index = table.getComparator() == null ? Playhead.indexAt(table.getItems(), NetworkRequest::t, row.t())
                : table.getItems().indexOf(row);
        FollowPlayhead.reveal(table, index);
    }

    private final class RequestRow extends TableRow<NetworkRequest> {
        RequestRow() {
            model.currentProperty().addListener((o, was, now) -> markCurrent());
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    seek.seek(getItem().t());
                }
            });
        }

        @Override
        protected void updateItem(NetworkRequest request, boolean empty) {
            super.updateItem(request, empty);
            boolean present = !empty && request != null;
            pseudoClassStateChanged(FAILED, present && request.failed());
            markCurrent();
        }

        private void markCurrent() {
            pseudoClassStateChanged(ConsolePanel.CURRENT, getItem() != null && getItem() == model.currentProperty().get());
        }
    }
}
