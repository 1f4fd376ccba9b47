package dev.phreplay.ui.render;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work once the frame being prepared now is on the screen. The next pulse lays it out and
 * hands it to the render thread; the pulse after that waits for the rendering to finish, once its
 * animation timers have run, so work posted from those timers runs after the paint. Background
 * work that would compete with the first frame for the CPU starts there.
 */
public final class AfterPaint {
    private AfterPaint() {}

    /** Runs {@code action} on the FX thread after the current frame is painted; call on the FX thread. */
    public static void run(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.runLater(action);
                }
            }
        }.start();
    }
}
