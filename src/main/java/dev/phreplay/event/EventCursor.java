package dev.phreplay.event;

import java.io.IOException;
import java.util.Iterator;

/** A streaming iterator over a window's events. {@link #next()} may throw {@link java.io.UncheckedIOException}. */
public interface EventCursor extends Iterator<RawEvent>, AutoCloseable {
    @Override
    void close() throws IOException;
}
