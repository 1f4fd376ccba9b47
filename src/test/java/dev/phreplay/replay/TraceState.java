package dev.phreplay.replay;

import dev.phreplay.event.RecordedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay state that remembers every event applied to it, in order, by a fingerprint of its
 * decoded content. Two traces are equal exactly when the same events were applied in the same order.
 */
final class TraceState implements ReplayState<TraceState> {
    private final List<String> applied;

    TraceState() {
        this(new ArrayList<>());
    }

    private TraceState(List<String> applied) {
        this.applied = applied;
    }

    @Override
    public void apply(RecordedEvent event) {
        applied.add(fingerprint(event));
    }

    @Override
    public TraceState copy() {
        return new TraceState(new ArrayList<>(applied));
    }

    static String fingerprint(RecordedEvent event) {
        return event.type() + "@" + event.timestamp() + ":" + Integer.toHexString(event.toString().hashCode());
    }

    List<String> applied() {
        return List.copyOf(applied);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceState trace && trace.applied.equals(applied);
    }

    @Override
    public int hashCode() {
        return applied.hashCode();
    }

    @Override
    public String toString() {
        return applied.size() + " events, last " + (applied.isEmpty() ? "-" : applied.getLast());
    }
}
