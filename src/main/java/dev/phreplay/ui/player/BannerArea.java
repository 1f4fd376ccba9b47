package dev.phreplay.ui.player;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows the view-model's banners over the top of the page. */
public final class BannerArea extends VBox {
    public BannerArea(ObservableList<Banner> banners) {
        setId("banners");
        setPickOnBounds(false);
        setMaxHeight(USE_PREF_SIZE);
        banners.addListener((ListChangeListener<Banner>) change -> rebuild(banners));
        rebuild(banners);
    }

    private void rebuild(ObservableList<Banner> banners) {
        getChildren().clear();
        for (Banner banner : banners) {
            getChildren().add(row(banners, banner));
        }
    }

    private static HBox row(ObservableList<Banner> banners, Banner banner) {
        Label text = new Label(banner.text());
        text.setWrapText(true);
        text.getStyleClass().add("banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, text);
        if (banner.action() != null) {
            Button action = new Button(banner.actionLabel());
            action.setOnAction(event -> banner.action().run());
            row.getChildren().add(action);
        }
        Button close = new Button("✕");
        close.setOnAction(event -> banners.remove(banner));
        row.getChildren().add(close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 10, 6, 10));
        row.getStyleClass().addAll("banner", "banner-" + banner.level().name().toLowerCase(java.util.Locale.ROOT));
        row.setStyle(switch (banner.level()) {
            case INFO -> "-fx-background-color: #e8f0fe;";
            case WARNING -> "-fx-background-color: #fff4ce;";
            case ERROR -> "-fx-background-color: #fde7e9;";
        });
        return row;
    }
}
