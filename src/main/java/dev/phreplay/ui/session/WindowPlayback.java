package dev.phreplay.ui.session;

import java.util.List;

/**
 * One window of a recording, replayable: a mirror positioned at an offset (ms after the window's
 * first event). At offset t, every event whose offset is strictly below t has been applied.
 */
public interface WindowPlayback extends AutoCloseable {
    /** Epoch ms of the window's first event. */
    long startTimestamp();

    /** How much of the window is read and indexed, 0..1, or -1 while unknown. */
    default double loadedFraction() {
        return 1;
    }

    /** Offset of the last event. */
    long duration();

    /** Rebuilds the mirror at {@code offset}; listeners receive one {@code documentRebuilt}. */
    void seek(long offset);

    /** Applies the events between the current offset and {@code offset}; listeners receive each change. */
    void advanceTo(long offset);

    void addListener(PlaybackListener listener);

    void removeListener(PlaybackListener listener);

    /** The recorded viewport at the current offset, or null before any Meta event. */
    ViewportSize viewport();

    List<TimeRange> inactivePeriods();

    /** The markers known now (possibly none while they are still being computed). */
    List<TimelineMarker> markers();

    /**
     * Calls {@code action} once with the markers when they are known: at once by default, or later
     * from another thread when computing them takes a pass over the recording.
     */
    default void whenMarkersReady(java.util.function.Consumer<List<TimelineMarker>> action) {
        action.accept(markers());
    }

    @Override
    void close();
}
