package dev.phreplay.ui.render;

import java.util.List;

/**
 * What one animation frame must show: the op list for the rendering script (null when the page
 * did not change), a new viewport size, the last pointer position, and the clicks since the last frame.
 */
public record RenderFrame(String ops, Viewport viewport, Pointer pointer, List<Pointer> clicks) {
    public record Viewport(int width, int height) {}

    public record Pointer(double x, double y) {}

    public boolean isEmpty() {
        return ops == null && viewport == null && pointer == null && clicks.isEmpty();
    }
}
