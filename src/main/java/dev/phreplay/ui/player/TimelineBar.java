package dev.phreplay.ui.player;

import dev.phreplay.ui.session.TimeRange;
import dev.phreplay.ui.session.TimelineMarker;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The scrubber: track, played part, inactive periods, markers and the thumb. Pressing or dragging
 * on it seeks continuously; a marker shows its detail on hover and seeks to itself on click.
 */
public final class TimelineBar extends Region {
    private static final double HEIGHT = 28;
    private static final double TRACK_Y = 16;
    private static final double TRACK_H = 6;

    private final Rectangle track = new Rectangle();
    private final Rectangle played = new Rectangle();
    private final Circle thumb = new Circle(7);
    private final List<Rectangle> inactive = new ArrayList<>();
    private final List<Rectangle> markerNodes = new ArrayList<>();
    private final ChangeListener<Number> onPosition = (property, old, now) -> requestLayout();
    private final javafx.collections.ListChangeListener<TimelineMarker> onMarkers = change -> showMarkers();
    private PlaybackViewModel model;

    public TimelineBar() {
        getStyleClass().add("timeline");
        setId("timeline");
        track.setFill(Color.rgb(200, 200, 205));
        played.setFill(Color.rgb(73, 80, 246));
        thumb.setFill(Color.rgb(73, 80, 246));
        thumb.setId("timeline-thumb");
        getChildren().addAll(track, played, thumb);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setOnMousePressed(this::scrub);
        setOnMouseDragged(this::scrub);
    }

    public void setModel(PlaybackViewModel next) {
        if (model != null) {
            model.positionProperty().removeListener(onPosition);
            model.markers().removeListener(onMarkers);
        }
        model = next;
        getChildren().removeAll(inactive);
        getChildren().removeAll(markerNodes);
        inactive.clear();
        markerNodes.clear();
        if (model != null) {
            model.positionProperty().addListener(onPosition);
            model.markers().addListener(onMarkers);
            model.inactivePeriods().forEach(range -> inactive.add(inactiveNode(range)));
            getChildren().addAll(1, inactive);
        }
        showMarkers();
    }

    private void showMarkers() {
        getChildren().removeAll(markerNodes);
        markerNodes.clear();
        if (model != null) {
            model.markers().forEach(marker -> markerNodes.add(markerNode(marker)));
            getChildren().addAll(markerNodes);
        }
        requestLayout();
    }

    public List<Rectangle> markerNodes() {
        return List.copyOf(markerNodes);
    }

    /** The x of an offset, in this bar's coordinates. */
    public double xOf(double offset) {
        double duration = model == null ? 0 : model.duration();
        return duration <= 0 ? 0 : offset / duration * getWidth();
    }

    private Rectangle inactiveNode(TimeRange range) {
        Rectangle node = new Rectangle();
        node.setFill(Color.rgb(212, 212, 212));
        node.setStroke(Color.rgb(160, 160, 160));
        node.getStyleClass().add("inactive-period");
        node.setUserData(range);
        Tooltip.install(node, new Tooltip("Inactive " + TimeFormat.offset(range.start()) + "–" + TimeFormat.offset(range.end())));
        return node;
    }

    private Rectangle markerNode(TimelineMarker marker) {
        Rectangle node = new Rectangle(4, 10, color(marker.kind()));
        node.getStyleClass().addAll("marker", "marker-" + marker.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.setUserData(marker);
        Tooltip tooltip = new Tooltip(marker.kind().title() + " at " + TimeFormat.offset(marker.offset()) + "\n"
                + marker.label() + (marker.detail() == null || marker.detail().isBlank() ? "" : "\n" + marker.detail()));
        tooltip.setShowDelay(Duration.millis(100));
        Tooltip.install(node, tooltip);
        node.setOnMousePressed(event -> {
            model.seek(marker.offset() + 1);
            event.consume();
        });
        node.setOnMouseDragged(MouseEvent::consume);
        return node;
    }

    private static Color color(TimelineMarker.Kind kind) {
        return switch (kind) {
            case CLICK -> Color.rgb(90, 90, 90);
            case RAGE_CLICK -> Color.rgb(230, 120, 0);
            case NAVIGATION -> Color.rgb(0, 140, 190);
            case CONSOLE_ERROR -> Color.rgb(210, 30, 40);
            case FAILED_REQUEST -> Color.rgb(160, 20, 120);
            case CUSTOM -> Color.rgb(73, 80, 246);
        };
    }

    private void scrub(MouseEvent event) {
        if (model != null && getWidth() > 0) {
            double fraction = Math.max(0, Math.min(1, event.getX() / getWidth()));
            model.seek(fraction * model.duration());
        }
        event.consume();
    }

    /** Inactive periods grow while a long window is still being indexed. */
    private void refreshInactive() {
        if (model == null || model.inactivePeriods().size() == inactive.size()) {
            return;
        }
        getChildren().removeAll(inactive);
        inactive.clear();
        model.inactivePeriods().forEach(range -> inactive.add(inactiveNode(range)));
        getChildren().addAll(1, inactive);
    }

    @Override
    protected void layoutChildren() {
        refreshInactive();
        double width = getWidth();
        track.setX(0);
        track.setY(TRACK_Y);
        track.setWidth(width);
        track.setHeight(TRACK_H);
        double at = model == null ? 0 : xOf(model.position());
        played.setY(TRACK_Y);
        played.setHeight(TRACK_H);
        played.setWidth(at);
        thumb.setCenterX(at);
        thumb.setCenterY(TRACK_Y + TRACK_H / 2);
        for (Rectangle node : inactive) {
            TimeRange range = (TimeRange) node.getUserData();
            node.setX(xOf(range.start()));
            node.setY(TRACK_Y);
            node.setWidth(Math.max(1, xOf(range.end()) - xOf(range.start())));
            node.setHeight(TRACK_H);
        }
        for (Rectangle node : markerNodes) {
            node.setX(xOf(((TimelineMarker) node.getUserData()).offset()) - 2);
            node.setY(2);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }
}
