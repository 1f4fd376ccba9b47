package dev.phreplay.replay;

/**
 * When the indexer keeps a deep copy of the replayed state. A seek restores the nearest
 * checkpoint at or before its target and applies the events in between, so the spacing bounds
 * a seek's cost while the number of copies bounds the heap.
 *
 * <p>A checkpoint is taken at the start (the fresh state), right after every full snapshot
 * (rebuilding a page costs more than copying it), and otherwise when either {@code maxEvents}
 * events or {@code spacingBytes} bytes of event JSON have been applied since the last one.
 * {@code spacingBytes} grows with the page: it is at least {@code stateSizeFactor} times the
 * JSON size of the last full snapshot, a proxy for the size of one copy, so that the heap held
 * by checkpoints stays a bounded fraction of the events' size on heavy pages.
 */
public record CheckpointPolicy(int maxEvents, long minSpacingBytes, double stateSizeFactor) {
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(2_000, 512 * 1024, 1.0);

    public CheckpointPolicy {
        if (maxEvents < 1 || minSpacingBytes < 1 || stateSizeFactor < 0) {
            throw new IllegalArgumentException("a checkpoint policy needs positive spacings");
        }
    }

    /** The byte spacing after a full snapshot of {@code fullSnapshotBytes} bytes of JSON. */
    public long spacingBytes(long fullSnapshotBytes) {
        return Math.max(minSpacingBytes, (long) (stateSizeFactor * fullSnapshotBytes));
    }

    public boolean due(int eventsSince, long bytesSince, long fullSnapshotBytes) {
        return eventsSince >= maxEvents || bytesSince >= spacingBytes(fullSnapshotBytes);
    }
}
