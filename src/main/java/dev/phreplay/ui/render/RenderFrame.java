package dev.phreplay.ui.render;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one animation frame must show: the op list for the rendering script (null when the page
 * did not change), a new viewport size, the last pointer position, and the clicks since the last frame.
 */
public record RenderFrame(String ops, Viewport viewport, Pointer pointer, List<Pointer> clicks) {
    public record Viewport(int width, int height) {}

    /** A pointer position in its target's document; {@code targetId} -1 when unknown. */
    public record Pointer(double x, double y, int targetId) {
        public Pointer(double x, double y) {
            this(x, y, -1);
        }

        Pointer shifted(double dx, double dy) {
            return new Pointer(x + dx, y + dy, targetId);
        }
    }

    /** This frame with its pointer and clicks moved into the top page's coordinates by {@code place}. */
    RenderFrame placed(UnaryOperator<Pointer> place) {
        return new RenderFrame(ops, viewport, pointer == null ? null : place.apply(pointer),
                clicks.stream().map(place).toList());
    }

    public boolean isEmpty() {
        return ops == null && viewport == null && pointer == null && clicks.isEmpty();
    }
}
