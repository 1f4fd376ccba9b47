package dev.phreplay.replay;

/** A stretch without user activity, in ms after the window's first event: [start, end). */
public record InactivePeriod(long start, long end) {
    public InactivePeriod {
        if (end <= start) {
            throw new IllegalArgumentException("an inactive period ends after it starts: " + start + ".." + end);
        }
    }

    public long duration() {
        return end - start;
    }

    public boolean contains(double offset) {
        return offset >= start && offset < end;
    }
}
