package dev.phreplay.replay;

/**
 * A {@link PlaybackClock} driving a {@link Seeker}: each {@link #tick()} (one per frame) plays the
 * events up to the clock's offset, or seeks when the clock moved backward. While the window is
 * still loading, the clock has no end yet (so it does not stop at the part read so far), a clock
 * that runs ahead of the indexer is held where the state is ({@link #isBuffering()}) instead of
 * blocking the frame, and once loading is done the clock gets the window's end and its inactive
 * periods.
 */
public final class Playback<S extends ReplayState<S>> {
    private final PlaybackClock clock;
    private final Seeker<S> seeker;
    private final Timeline<S> timeline;
    private boolean loadSeen;
    private boolean buffering;

    public Playback(PlaybackClock clock, Seeker<S> seeker) {
        this.clock = clock;
        this.seeker = seeker;
        this.timeline = seeker.timeline();
    }

    public PlaybackClock clock() {
        return clock;
    }

    public Seeker<S> seeker() {
        return seeker;
    }

    /** Whether the last tick held the clock back because the indexer had not reached it yet. */
    public boolean isBuffering() {
        return buffering;
    }

    /** Brings the state to the clock's offset and returns that offset (whole ms, rounded down). */
    public long tick() {
        followLoading();
        long offset = (long) Math.floor(clock.offset());
        buffering = !timeline.isReady(offset);
        if (buffering) {
            clock.seek(seeker.offset());
            return seeker.offset();
        }
        if (offset < seeker.offset()) {
            seeker.seek(offset);
        } else if (offset > seeker.offset()) {
            seeker.advanceTo(offset);
        }
        return offset;
    }

    private void followLoading() {
        if (loadSeen) {
            return;
        }
        if (timeline.isLoaded()) {
            clock.setEndOffset(timeline.endOffset());
            clock.setInactivity(timeline.inactivity());
            loadSeen = true;
        } else {
            clock.setEndOffset(Long.MAX_VALUE);
        }
    }

    /** Moves both the clock and the state to {@code offset} (waiting for the indexer if needed). */
    public void seek(long offset) {
        clock.seek(offset);
        seeker.seek(offset);
    }
}
