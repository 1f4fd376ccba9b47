package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.NetworkRequest;
import java.util.function.LongSupplier;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A request's bar on the recording's time axis: from its start to its end, scaled to the column. */
final class WaterfallCell extends TableCell<NetworkRequest, NetworkRequest> {
    private final LongSupplier span;
    private final Region bar = new Region();
    private final Pane track = new Pane(bar) {
        @Override
        protected void layoutChildren() {
            NetworkRequest request = getItem();
            if (request == null) {
                return;
            }
            double width = getWidth();
            double scale = width / Math.max(1, span.getAsLong());
            double x = Math.min(width - 2, request.t() * scale);
            double w = Math.max(2, (request.endT() - request.t()) * scale);
            bar.resizeRelocate(x, 3, Math.min(w, width - x), Math.max(4, getHeight() - 6));
        }
    };

    WaterfallCell(LongSupplier span) {
        this.span = span;
        bar.getStyleClass().add("waterfall-bar");
        track.setMinWidth(0);
        track.setPrefHeight(16);
        setText(null);
    }

    @Override
    protected void updateItem(NetworkRequest request, boolean empty) {
        super.updateItem(request, empty);
        bar.getStyleClass().removeAll("failed");
        if (empty || request == null) {
            setGraphic(null);
            return;
        }
        if (request.failed()) {
            bar.getStyleClass().add("failed");
        }
        setGraphic(track);
        track.requestLayout();
    }
}
