package dev.phreplay.replay;

/**
 * When the indexer keeps a deep copy of the replayed state. A seek restores the last checkpoint
 * at or before its target and applies the events in between, so the spacing bounds a seek's cost,
 * while the copies' heap must stay bounded on heavy pages (a 60k-node mirror copy is ~16 MB).
 *
 * <p>Checkpoints are taken at the start (the fresh state), right after the first full snapshot,
 * and then whenever {@code maxEvents} events or {@code minSpacingBytes} bytes of event JSON have
 * been applied since the last one, <em>provided the heap budget allows it</em>: all checkpoints
 * together may hold at most {@code heapPerEventByte} bytes of heap per byte of event JSON indexed
 * so far. A checkpoint's heap is measured as the bytes its copy allocated. Right after every later
 * full snapshot a checkpoint is taken when the budget allows it. So on light pages checkpoints
 * come every {@code maxEvents} events (seek cost bounded by count), and on heavy pages they space
 * themselves out so that memory stays within budget (seek cost then grows with the page size).
 * {@code Double.POSITIVE_INFINITY} disables the budget.
 */
public record CheckpointPolicy(int maxEvents, long minSpacingBytes, double heapPerEventByte) {
    /** Tuned with {@code phreplay bench} on a 100 MB synthetic recording: see the replay notes in the report. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(4_000, 1 << 20, 0.75);

    public CheckpointPolicy {
        if (maxEvents < 1 || minSpacingBytes < 1 || !(heapPerEventByte > 0)) {
            throw new IllegalArgumentException("a checkpoint policy needs positive spacings and budget");
        }
    }

    /** Whether enough events have been applied since the last checkpoint to want another. */
    public boolean wanted(int eventsSince, long bytesSince) {
        return eventsSince >= maxEvents || bytesSince >= minSpacingBytes;
    }

    /** Whether {@code heapHeld + heapAdded} stays within the budget for {@code eventBytes} indexed. */
    public boolean affordable(long heapHeld, long heapAdded, long eventBytes) {
        return heapHeld + heapAdded <= heapPerEventByte * eventBytes;
    }
}
