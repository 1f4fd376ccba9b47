package dev.phreplay.replay;

/**
 * A {@link PlaybackClock} driving a {@link Seeker}: each {@link #tick()} (one per frame) plays the
 * events up to the clock's offset, or seeks when the clock moved backward.
 */
public final class Playback<S extends ReplayState<S>> {
    private final PlaybackClock clock;
    private final Seeker<S> seeker;

    public Playback(PlaybackClock clock, Seeker<S> seeker) {
        this.clock = clock;
        this.seeker = seeker;
    }

    public PlaybackClock clock() {
        return clock;
    }

    public Seeker<S> seeker() {
        return seeker;
    }

    /** Brings the state to the clock's offset and returns that offset (whole ms, rounded down). */
    public long tick() {
        long offset = (long) Math.floor(clock.offset());
        if (offset < seeker.offset()) {
            seeker.seek(offset);
        } else if (offset > seeker.offset()) {
            seeker.advanceTo(offset);
        }
        return offset;
    }

    /** Moves both the clock and the state to {@code offset}. */
    public void seek(long offset) {
        clock.seek(offset);
        seeker.seek(offset);
    }
}
