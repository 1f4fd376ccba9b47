package dev.phreplay.replay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap figures for a benchmark: the used heap after a full collection (what a structure retains)
 * and the highest used heap seen by a sampler thread while the benchmark ran (garbage included).
 */
final class HeapMeter implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapMeter() {
        sampler = Thread.ofPlatform().daemon().name("phreplay-heap-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peak() {
        return Math.max(peak, used());
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The used heap after asking for full collections until it settles. */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            System.gc();
            long now = used();
            if (now >= used - used / 100) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    static long maxHeap() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
