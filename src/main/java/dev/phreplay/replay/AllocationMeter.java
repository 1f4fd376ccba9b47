package dev.phreplay.replay;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Measures the heap a deep copy takes as the bytes the current thread allocated while making it
 * (HotSpot's per-thread allocation counter). Where the JVM has no such counter, measures 0.
 */
final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private AllocationMeter() {}

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            if (!bean.isThreadAllocatedMemoryEnabled()) {
                bean.setThreadAllocatedMemoryEnabled(true);
            }
            return bean;
        }
        return null;
    }

    static boolean supported() {
        return THREADS != null;
    }

    record Measured<T>(T value, long bytes) {}

    static <T> Measured<T> measure(Supplier<T> work) {
        if (THREADS == null) {
            return new Measured<>(work.get(), 0);
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        T value = work.get();
        return new Measured<>(value, Math.max(0, THREADS.getCurrentThreadAllocatedBytes() - before));
    }
}
