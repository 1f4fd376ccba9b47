package dev.phreplay.replay;

/** A monotonic time in nanoseconds; tests drive a fake one. */
@FunctionalInterface
public interface TimeSource {
    TimeSource SYSTEM = System::nanoTime;

    long nanos();
}
