package dev.phreplay.ui.player;

import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.render.RenderFailure;
import dev.phreplay.ui.render.RenderFrame;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.ViewportSize;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * The page at the recorded viewport size, scaled to fit and letterboxed, with the cursor overlay
 * on top in the same coordinates.
 */
public final class ViewportPane extends Region implements RenderSurface {
    private final PageView page = new PageView();
    private final CursorOverlay overlay = new CursorOverlay();
    private final Pane content = new Pane(page.webView(), overlay);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();
    private double viewportWidth = 1024;
    private double viewportHeight = 576;
    private final javafx.beans.property.BooleanProperty picking = new javafx.beans.property.SimpleBooleanProperty();
    private IntConsumer onPick = id -> {};
    private Integer highlighted;

    public ViewportPane() {
        getStyleClass().add("viewport");
        setStyle("-fx-background-color: #2b2b2e;");
        content.getTransforms().add(scale);
        content.getStyleClass().add("page");
        getChildren().add(content);
        setClip(clip);
        page.setOnFrame(this::onFrame);
        showViewport(new ViewportSize(1024, 576));
        picking.addListener((property, was, now) -> {
            overlay.setMouseTransparent(!now);
            overlay.setPickOnBounds(now);
            overlay.setCursor(now ? javafx.scene.Cursor.CROSSHAIR : null);
        });
        overlay.setOnMouseClicked(event -> {
            if (picking.get()) {
                picking.set(false);
                pickAt(event.getX(), event.getY());
            }
        });
    }

    /** While true, a click on the page picks the element under it instead of reaching the page. */
    public javafx.beans.property.BooleanProperty pickingProperty() {
        return picking;
    }

    public void setOnPick(IntConsumer handler) {
        onPick = handler;
    }

    /** Picks the element drawn at (x, y) of the page; returns its mirror id, or -1. */
    public int pickAt(double x, double y) {
        int id = page.pick(x, y);
        if (id >= 0) {
            onPick.accept(id);
        }
        return id;
    }

    /** Outlines the node with this mirror id (null: none), following it as the page changes. */
    public void highlightNode(Integer id) {
        highlighted = id;
        refreshHighlight();
    }

    private void refreshHighlight() {
        overlay.highlight(highlighted == null ? null : page.bounds(highlighted));
    }

    public PageView page() {
        return page;
    }

    public CursorOverlay overlay() {
        return overlay;
    }

    public double scale() {
        return scale.getX();
    }

    @Override
    public PlaybackListener listener() {
        return page.renderer();
    }

    @Override
    public void redraw() {
        page.flush();
    }

    @Override
    public void showViewport(ViewportSize size) {
        viewportWidth = size.width();
        viewportHeight = size.height();
        page.setViewportSize(viewportWidth, viewportHeight);
        overlay.setPrefSize(viewportWidth, viewportHeight);
        content.setPrefSize(viewportWidth, viewportHeight);
        requestLayout();
    }

    @Override
    public void setClock(PlayClock clock) {
        page.renderer().setClock(clock);
    }

    @Override
    public void setAssets(Map<String, String> localUrls) {
        page.setAssets(localUrls);
    }

    @Override
    public void setOnFailure(Consumer<RenderFailure> handler) {
        page.setOnFailure(handler);
    }

    private void onFrame(RenderFrame frame) {
        if (frame.viewport() != null) {
            showViewport(new ViewportSize(frame.viewport().width(), frame.viewport().height()));
        }
        for (RenderFrame.Pointer click : frame.clicks()) {
            overlay.ripple(click.x(), click.y());
        }
        if (frame.pointer() != null) {
            overlay.moveTo(frame.pointer().x(), frame.pointer().y());
        }
        if (highlighted != null) {
            refreshHighlight();
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        clip.setWidth(width);
        clip.setHeight(height);
        double factor = Math.max(0.01, Math.min(width / viewportWidth, height / viewportHeight));
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate((width - viewportWidth * factor) / 2, (height - viewportHeight * factor) / 2,
                viewportWidth, viewportHeight);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 540;
    }
}
