package dev.phreplay.replay;

import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Moves a state along a {@link Timeline}. After {@code seek(t)} or {@code advanceTo(t)} the state
 * is exactly what replaying, from the start, every event with offset strictly below {@code t}
 * gives (rrweb's {@code pause(t)}); with the poster rule, when no full snapshot is among those
 * events, rrweb's poster is applied on top: the first Meta (when not among them) and the first full
 * snapshot, as rrweb shows them before playing.
 *
 * <p>A seek starts from the nearer of the current state and the last checkpoint at or before its
 * target, so it applies at most a checkpoint spacing of events; a forward seek close ahead applies
 * only the events in between. Not thread-safe: use a seeker from one thread.
 */
public final class Seeker<S extends ReplayState<S>> {
    private final Timeline<S> timeline;
    private final EventStore store;
    private final List<SeekListener<S>> listeners = new CopyOnWriteArrayList<>();
    private S state;
    private int position;
    private long offset;
    private boolean posterShown;
    private long reorders;
    /**
     * The state is exactly what {@code seek(offset)} gives: after a seek, and for the first page
     * with the poster rule (the timeline builds it as a seek to 0 would). A second seek to the same
     * offset then keeps it instead of building the page again.
     */
    private boolean settled;
    private long eventsAppliedBySeeks;

    Seeker(Timeline<S> timeline, S state, int position, long offset, boolean posterShown) {
        this.timeline = timeline;
        this.store = timeline.store();
        this.state = state;
        this.position = position;
        this.offset = offset;
        this.posterShown = posterShown;
        this.reorders = store.reorders();
        this.settled = posterShown && position == 0 && offset == 0;
    }

    public Timeline<S> timeline() {
        return timeline;
    }

    public S state() {
        return state;
    }

    /** The offset last sought or advanced to. */
    public long offset() {
        return offset;
    }

    /** How many events the state holds: those with offset below {@link #offset()}. */
    public int position() {
        return position;
    }

    /** Whether the first full snapshot was applied on top by the poster rule. */
    public boolean posterShown() {
        return posterShown;
    }

    /** The events applied by seeks so far (checkpoint catch-up), for benchmarks. */
    public long eventsAppliedBySeeks() {
        return eventsAppliedBySeeks;
    }

    public void addListener(SeekListener<S> listener) {
        listeners.add(listener);
    }

    public void removeListener(SeekListener<S> listener) {
        listeners.remove(listener);
    }

    /** Puts the state at {@code offset}, backward or forward, waiting for the indexer if needed. */
    public void seek(long offset) {
        int target = awaitTarget(offset);
        if (settled && offset == this.offset && target == position && reorders == store.reorders()) {
            listeners.forEach(l -> l.seeked(offset));
            return;
        }
        S before = state;
        Checkpoint<S> base = baseFor(target);
        int from = base == null ? position : base.position();
        try (DecodeAhead ahead = DecodeAhead.startIfWorthIt(store, from, target)) {
            if (base != null) {
                restore(base);
            }
            if (ahead == null) {
                applySilently(target);
            } else {
                applyDecoded(target, ahead);
            }
        }
        finish(offset, before);
        settled = true;
        listeners.forEach(l -> l.seeked(offset));
    }

    /**
     * Forward play: applies the events with offset below {@code offset} since the last position,
     * one by one, telling the listeners about each. Moving backward is a {@link #seek}.
     */
    public void advanceTo(long offset) {
        int target = awaitTarget(offset);
        if (target < position || reorders != store.reorders()) {
            seek(offset);
            return;
        }
        settled = false;
        S before = state;
        if (posterShown && target > position) {
            // The poster is not part of the prefix: rebuild the prefix, then play on from it.
            int resume = position;
            restoreNear(resume);
            applySilently(resume);
            notifyIfReplaced(before);
            before = state;
        }
        while (position < target) {
            RawEvent raw = store.event(position);
            int applying = position;
            listeners.forEach(l -> l.eventApplying(applying, raw));
            RecordedEvent event = Decoded.apply(state, raw);
            int applied = position++;
            if (event != null) {
                listeners.forEach(l -> l.eventApplied(applied, raw, event));
            }
        }
        if (!posterShown) {
            finish(offset, before);
        } else {
            this.offset = offset;
        }
    }

    private int awaitTarget(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("a seek offset is not negative: " + offset);
        }
        long timestamp = timeline.timestampOf(offset);
        timeline.awaitTimestamp(timestamp);
        return store.countBefore(timestamp);
    }

    /** The current state holds exactly the first {@code position} events (no poster, no stale positions). */
    private boolean currentIsPrefix() {
        return !posterShown && reorders == store.reorders();
    }

    /** Starts from the current state when it is a prefix at least as far as the best checkpoint. */
    private void restoreNear(int target) {
        Checkpoint<S> base = baseFor(target);
        if (base != null) {
            restore(base);
        }
    }

    /** The checkpoint to restore for {@code target}, or null when the current state is the better start. */
    private Checkpoint<S> baseFor(int target) {
        Checkpoint<S> checkpoint = timeline.checkpoints().floor(target);
        boolean keepCurrent = currentIsPrefix() && position <= target && position >= checkpoint.position();
        return keepCurrent ? null : checkpoint;
    }

    private void restore(Checkpoint<S> checkpoint) {
        state = checkpoint.thaw();
        position = checkpoint.position();
        posterShown = false;
        reorders = store.reorders();
    }

    private void applyDecoded(int target, DecodeAhead ahead) {
        while (position < target) {
            RecordedEvent event = ahead.next();
            position++;
            if (event != null) {
                state.apply(event);
            }
            eventsAppliedBySeeks++;
        }
    }

    private void applySilently(int target) {
        while (position < target) {
            Decoded.apply(state, store.event(position++));
            eventsAppliedBySeeks++;
        }
    }

    /** Applies the poster if the rule asks for it, records the offset, tells about a replaced state. */
    private void finish(long offset, S before) {
        if (timeline.options().posterRule() && store.firstFullSnapshot() >= position) {
            timeline.applyPoster(state, position);
            posterShown = true;
        }
        this.offset = offset;
        notifyIfReplaced(before);
    }

    private void notifyIfReplaced(S before) {
        if (state != before) {
            S now = state;
            listeners.forEach(l -> l.stateReplaced(now));
        }
    }
}
