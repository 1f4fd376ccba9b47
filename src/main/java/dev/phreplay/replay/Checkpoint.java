package dev.phreplay.replay;

/**
 * The state after applying the first {@code position} events of the timeline; never modified.
 * {@code heapBytes} is what its copy allocated (0 when unmeasured).
 */
record Checkpoint<S extends ReplayState<S>>(int position, S state, long heapBytes) {}
