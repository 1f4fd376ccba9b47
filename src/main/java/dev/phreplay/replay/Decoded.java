package dev.phreplay.replay;

import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;

/** Decoding for replay: an event that does not decode is skipped, the same way every time. */
final class Decoded {
    private Decoded() {}

    /** The decoded event, or null when its JSON does not have an rrweb shape. */
    static RecordedEvent orNull(RawEvent raw) {
        try {
            return raw.decode();
        } catch (EventDecodeException e) {
            return null;
        }
    }

    /** Applies {@code raw} to {@code state}; returns the decoded event, or null when it was skipped. */
    static <S extends ReplayState<S>> RecordedEvent apply(S state, RawEvent raw) {
        RecordedEvent event = orNull(raw);
        if (event != null) {
            state.apply(event);
        }
        return event;
    }
}
