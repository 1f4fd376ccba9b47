package dev.phreplay.replay;

/**
 * How far loading a window has come. {@code eventsIndexed} events are covered by checkpoints
 * (seekable at bounded cost); {@code failure} is set when reading stopped on an error, in which
 * case the timeline holds the events read before it.
 */
public record LoadProgress(int eventsRead, long bytesRead, int eventsIndexed, int checkpoints, boolean done,
                           Throwable failure) {
    public boolean failed() {
        return failure != null;
    }
}
