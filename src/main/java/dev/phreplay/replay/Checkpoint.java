package dev.phreplay.replay;

/**
 * The state after applying the first {@code position} events of the timeline, frozen; never modified.
 * {@code heapBytes} is what freezing it allocated (0 when unmeasured).
 */
record Checkpoint<S extends ReplayState<S>>(int position, ReplayState.Frozen<S> frozen, long heapBytes) {
    /** A new working state equal to the one frozen here. */
    S thaw() {
        return frozen.thaw();
    }
}
