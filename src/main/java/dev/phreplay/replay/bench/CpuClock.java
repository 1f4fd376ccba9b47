package dev.phreplay.replay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The current thread's CPU time, so figures stay meaningful on a machine busy with other work. */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {}

    /** Nanoseconds of CPU used by the current thread, or -1 when the JVM cannot tell. */
    static long now() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Milliseconds of CPU since {@code start}; 0 when unsupported. */
    static double since(long start) {
        return start < 0 ? 0 : (now() - start) / 1e6;
    }
}
