package dev.phreplay.replay;

import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;

/** What a {@link Seeker} did, for the player and the inspectors. Called on the seeker's thread. */
public interface SeekListener<S extends ReplayState<S>> {
    /** Forward play is about to apply the event at {@code position}, so that a failure can name it. */
    default void eventApplying(int position, RawEvent raw) {}

    /** Forward play applied one event, in timeline order. Not called for events a seek applies. */
    default void eventApplied(int position, RawEvent raw, RecordedEvent event) {}

    /** The seeker now holds another state object (restored from a checkpoint): re-attach to it. */
    default void stateReplaced(S state) {}

    /** A seek (or a backward move) put the state at {@code offset}. */
    default void seeked(long offset) {}
}
