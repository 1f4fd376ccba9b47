package dev.phreplay.ui.inspector;

import java.util.function.LongConsumer;

/** The seek callback of a panel; does nothing until the shell sets one. */
final class SeekHook {
    private LongConsumer seek = offset -> { };

    void set(LongConsumer seek) {
        this.seek = seek == null ? offset -> { } : seek;
    }

    void seek(long offsetMs) {
        seek.accept(Math.max(0, offsetMs));
    }
}
