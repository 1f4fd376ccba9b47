package dev.phreplay.replay;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.io.IOException;
import java.util.NoSuchElementException;

/** A cursor that failed: yields nothing more, and closes the one it wraps. */
record StoppedCursor(EventCursor failed) implements EventCursor {
    @Override
    public boolean hasNext() {
        return false;
    }

    @Override
    public RawEvent next() {
        throw new NoSuchElementException();
    }

    @Override
    public void close() throws IOException {
        failed.close();
    }
}
