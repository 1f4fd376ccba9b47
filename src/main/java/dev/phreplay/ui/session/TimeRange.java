package dev.phreplay.ui.session;

/** {@code [start, end)} in ms after the window's first event. */
public record TimeRange(long start, long end) {
    public boolean contains(double offset) {
        return offset >= start && offset < end;
    }

    public long length() {
        return end - start;
    }
}
