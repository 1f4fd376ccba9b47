package dev.phreplay.replay;

import dev.phreplay.event.RecordedEvent;

/**
 * What a timeline replays into: the mirror in the application, simpler states in tests.
 * The seeker relies on two properties: applying the same events in the same order to equal
 * states gives equal states, and {@link #copy()} is deep, so a checkpoint never changes after
 * it is taken and {@code copy()} may run on a checkpoint from any thread.
 */
public interface ReplayState<S extends ReplayState<S>> {
    /** Applies one event; must not throw on bad data (skip and count instead). */
    void apply(RecordedEvent event);

    /** A deep, independent copy; reads this state only. */
    S copy();

    /**
     * This state frozen for a checkpoint: what a seek thaws later, from any thread, as many times as
     * it needs. By default a deep copy, thawed by copying it again; a state with a more compact
     * frozen form (the mirror's {@code MirrorSnapshot}) overrides it.
     */
    default Frozen<S> freeze() {
        S frozen = copy();
        return frozen::copy;
    }

    /** A state frozen by {@link #freeze()}: never modified; each {@link #thaw()} gives a new, independent state. */
    @FunctionalInterface
    interface Frozen<S> {
        S thaw();
    }
}
