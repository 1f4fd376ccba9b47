package dev.phreplay.ui.session;

public record ViewportSize(int width, int height) {
    public ViewportSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport must be positive: " + width + "x" + height);
        }
    }
}
