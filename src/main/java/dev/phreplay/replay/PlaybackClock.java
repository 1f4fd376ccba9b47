package dev.phreplay.replay;

import java.util.List;

/**
 * The playback position, in ms after the window's first event, advancing with a {@link TimeSource}
 * at a chosen speed while playing. With skip-inactivity on, inactive periods take no time: the
 * clock jumps to the end of any period it reaches (PostHog's "skip inactivity"). The clock stops
 * at the end offset. Not thread-safe: drive it from one thread (the UI's frame loop).
 */
public final class PlaybackClock {
    /** PostHog's playback speeds. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0, 16.0);

    private final TimeSource time;
    private long endOffset;
    private Inactivity inactivity = Inactivity.NONE;
    private boolean skipInactivity;
    private double speed = 1.0;
    private boolean playing;
    private double anchorOffset;
    private long anchorNanos;

    public PlaybackClock(TimeSource time, long endOffset) {
        this.time = time;
        this.endOffset = endOffset;
    }

    /** The current offset; reaching the end pauses the clock there. */
    public double offset() {
        if (!playing) {
            return anchorOffset;
        }
        double offset = unclamped();
        if (offset >= endOffset) {
            anchorOffset = endOffset;
            playing = false;
            return anchorOffset;
        }
        return offset;
    }

    /** Starts playing; at the end, starts again from the beginning. */
    public void play() {
        if (playing) {
            return;
        }
        if (anchorOffset >= endOffset) {
            anchorOffset = 0;
        }
        if (skipInactivity) {
            anchorOffset = Math.min(endOffset, inactivity.nextActiveMoment(anchorOffset));
        }
        anchorNanos = time.nanos();
        playing = true;
    }

    public void pause() {
        reanchor();
        playing = false;
    }

    public boolean isPlaying() {
        if (playing) {
            offset();
        }
        return playing;
    }

    /** Whether the clock stopped at the end. */
    public boolean isFinished() {
        return !isPlaying() && anchorOffset >= endOffset;
    }

    /** Moves to {@code offset} (clamped to [0, end]); keeps playing if it was. */
    public void seek(double offset) {
        anchorOffset = Math.max(0, Math.min(endOffset, offset));
        anchorNanos = time.nanos();
    }

    public double speed() {
        return speed;
    }

    /** One of {@link #SPEEDS}. */
    public void setSpeed(double newSpeed) {
        if (!SPEEDS.contains(newSpeed)) {
            throw new IllegalArgumentException("speed " + newSpeed + " is not one of " + SPEEDS);
        }
        reanchor();
        speed = newSpeed;
    }

    public boolean skipInactivity() {
        return skipInactivity;
    }

    public void setSkipInactivity(boolean on) {
        reanchor();
        skipInactivity = on;
    }

    /** The periods to skip; update as the timeline loads. */
    public void setInactivity(Inactivity periods) {
        reanchor();
        inactivity = periods;
    }

    public long endOffset() {
        return endOffset;
    }

    /** The end grows while the timeline loads; a playing clock is not stopped by the end it had. */
    public void setEndOffset(long end) {
        if (playing) {
            anchorOffset = unclamped();
            anchorNanos = time.nanos();
        }
        endOffset = end;
        offset();
    }

    /** Where the time played since the anchor leads, before the end stops it. */
    private double unclamped() {
        double played = (time.nanos() - anchorNanos) / 1e6 * speed;
        return skipInactivity ? inactivity.advanceSkipping(anchorOffset, played) : anchorOffset + played;
    }

    /** Folds the time played so far into the anchor, before a rate or rule changes. */
    private void reanchor() {
        if (playing) {
            anchorOffset = offset();
            anchorNanos = time.nanos();
        }
    }
}
