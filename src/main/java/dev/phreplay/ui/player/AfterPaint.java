package dev.phreplay.ui.player;

import javafx.animation.AnimationTimer;

/**
 * Runs work once the frame being prepared now is on the screen: a pulse renders the scene and the
 * next one waits for that rendering to finish, so the second pulse from now comes after the paint.
 * Background work that would compete with the first frame for the CPU starts there.
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
                    action.run();
                }
            }
        }.start();
    }
}
