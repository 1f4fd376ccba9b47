package dev.phreplay.replay;

/** The state after applying the first {@code position} events of the timeline; never modified. */
record Checkpoint<S extends ReplayState<S>>(int position, S state) {}
