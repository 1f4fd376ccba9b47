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
 * {@code Double.POSITIVE_INFINITY} disables that budget. Whatever the recording's size, the
 * checkpoints also never hold more than {@code maxHeapFraction} of the JVM's maximum heap, so a
 * huge recording degrades into slower seeks rather than running out of memory.
 *
 * <p>See {@code docs/REPLAY.md} for the measurements behind the defaults.
 */
public record CheckpointPolicy(int maxEvents, long minSpacingBytes, double heapPerEventByte, double maxHeapFraction) {
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(1_500, 1 << 20, 1.25, 0.35);

    public CheckpointPolicy {
        if (maxEvents < 1 || minSpacingBytes < 1 || !(heapPerEventByte > 0) || !(maxHeapFraction > 0)) {
            throw new IllegalArgumentException("a checkpoint policy needs positive spacings and budgets");
        }
    }

    /** A policy with no cap from the JVM's heap size. */
    public CheckpointPolicy(int maxEvents, long minSpacingBytes, double heapPerEventByte) {
        this(maxEvents, minSpacingBytes, heapPerEventByte, Double.POSITIVE_INFINITY);
    }

    public CheckpointPolicy withHeapPerEventByte(double ratio) {
        return new CheckpointPolicy(maxEvents, minSpacingBytes, ratio, maxHeapFraction);
    }

    public CheckpointPolicy withMaxEvents(int events) {
        return new CheckpointPolicy(events, minSpacingBytes, heapPerEventByte, maxHeapFraction);
    }

    /** Whether enough events have been applied since the last checkpoint to want another. */
    public boolean wanted(int eventsSince, long bytesSince) {
        return eventsSince >= maxEvents || bytesSince >= minSpacingBytes;
    }

    /** Whether {@code heapHeld + heapAdded} stays within the budget for {@code eventBytes} indexed. */
    public boolean affordable(long heapHeld, long heapAdded, long eventBytes) {
        long after = heapHeld + heapAdded;
        return after <= heapPerEventByte * eventBytes && after <= maxHeapFraction * Runtime.getRuntime().maxMemory();
    }
}
