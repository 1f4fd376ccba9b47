package dev.phreplay.dom;

/**
 * rrweb's MediaManager state of one audio/video element. {@code timeOffset} is the recording
 * time (ms since the epoch) of the last interaction, so the player can extrapolate the position.
 */
public record MediaState(boolean playing, double currentTime, long timeOffset, double playbackRate, boolean loop,
                         double volume, boolean muted) {
    public static final MediaState INITIAL = new MediaState(false, 0, 0, 1, false, 1, false);

    /** The position at {@code now} (ms since the epoch), in seconds. */
    public double positionAt(long now) {
        return playing ? currentTime + Math.max(0, now - timeOffset) / 1000.0 * playbackRate : currentTime;
    }
}
