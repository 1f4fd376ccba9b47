package dev.phreplay.cli;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.OpenedRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The decoded events of one window, in the recording's (timestamp) order. */
final class WindowEvents {
    private WindowEvents() {}

    /**
     * A fresh streaming pass over one window's events, decoded one at a time; the cursor closes at
     * the end. A bad event is an {@link InvalidInputException} naming the file, window and index.
     */
    static Iterator<RecordedEvent> stream(OpenedRecording recording, String windowId) {
        EventCursor cursor;
        try {
            cursor = recording.events(windowId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DecodingIterator(recording, windowId, cursor);
    }

    /** Decodes a cursor's events one at a time and closes the cursor at the end or when closed. */
    private static final class DecodingIterator implements Iterator<RecordedEvent>, AutoCloseable {
        private final OpenedRecording recording;
        private final String windowId;
        private final EventCursor cursor;
        private boolean open = true;

        DecodingIterator(OpenedRecording recording, String windowId, EventCursor cursor) {
            this.recording = recording;
            this.windowId = windowId;
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            if (open && !cursor.hasNext()) {
                close();
            }
            return open;
        }

        @Override
        public RecordedEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return decode(recording, windowId, cursor.next());
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                cursor.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static RecordedEvent decode(OpenedRecording recording, String windowId, RawEvent raw) {
        try {
            return raw.decode();
        } catch (EventDecodeException e) {
            throw new InvalidInputException(recording.path() + ": window " + windowId + ", event " + raw.index()
                    + ": " + e.getMessage(), e);
        }
    }

}
