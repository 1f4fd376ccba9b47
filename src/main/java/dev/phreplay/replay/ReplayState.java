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
}
