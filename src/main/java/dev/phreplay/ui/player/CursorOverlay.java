package dev.phreplay.ui.player;

import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/** The recorded mouse pointer and a ripple per click, drawn over the page in page coordinates. */
public final class CursorOverlay extends Pane {
    private static final Color RIPPLE = Color.rgb(73, 80, 246);
    private final SVGPath arrow = new SVGPath();
    private final javafx.scene.shape.Rectangle highlight = new javafx.scene.shape.Rectangle();

    public CursorOverlay() {
        arrow.setContent("M0,0 L0,17 L4.5,12.5 L7.5,19.5 L10.5,18 L7.5,11.5 L13,11.5 Z");
        arrow.setFill(Color.BLACK);
        arrow.setStroke(Color.WHITE);
        arrow.setStrokeWidth(1.2);
        arrow.setVisible(false);
        arrow.setId("cursor");
        highlight.setFill(Color.rgb(73, 80, 246, 0.25));
        highlight.setStroke(Color.rgb(73, 80, 246));
        highlight.setVisible(false);
        highlight.setId("node-highlight");
        getChildren().addAll(highlight, arrow);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    public void moveTo(double x, double y) {
        arrow.setVisible(true);
        arrow.relocate(x, y);
    }

    public void ripple(double x, double y) {
        moveTo(x, y);
        Circle circle = new Circle(x, y, 10, RIPPLE);
        circle.setOpacity(0.5);
        circle.getStyleClass().add("click-ripple");
        getChildren().add(getChildren().size() - 1, circle);
        ScaleTransition grow = new ScaleTransition(Duration.millis(400), circle);
        grow.setToX(2.5);
        grow.setToY(2.5);
        FadeTransition fade = new FadeTransition(Duration.millis(400), circle);
        fade.setToValue(0);
        ParallelTransition animation = new ParallelTransition(grow, fade);
        animation.setOnFinished(event -> getChildren().remove(circle));
        animation.play();
    }

    /** Outlines a node's box (page coordinates, as {x, y, width, height}); null hides the outline. */
    public void highlight(double[] box) {
        highlight.setVisible(box != null);
        if (box != null) {
            highlight.setX(box[0]);
            highlight.setY(box[1]);
            highlight.setWidth(Math.max(1, box[2]));
            highlight.setHeight(Math.max(1, box[3]));
        }
    }

    public boolean highlightVisible() {
        return highlight.isVisible();
    }

    public javafx.geometry.Bounds highlightBounds() {
        return highlight.getBoundsInParent();
    }

    public boolean cursorVisible() {
        return arrow.isVisible();
    }

    public double cursorX() {
        return arrow.getLayoutX();
    }

    public double cursorY() {
        return arrow.getLayoutY();
    }
}
