package dev.phreplay.inspect;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Every window's events as one stream in timestamp order (ties: window order, then position),
 * decoded one at a time. Events that do not decode are skipped and counted, as the inspectors
 * show what they can of a damaged recording.
 */
public final class MergedEvents implements Iterator<TimedEvent>, AutoCloseable {
    private record Head(int windowOrder, String windowId, EventCursor cursor, RawEvent raw) {}

    private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong((Head h) -> h.raw().timestamp())
            .thenComparingInt(Head::windowOrder).thenComparingInt(h -> h.raw().index()));
    private final List<EventCursor> cursors = new ArrayList<>();
    private TimedEvent next;
    private int skipped;

    public MergedEvents(RecordingEvents recording) throws IOException {
        List<String> windows = recording.windowIds();
        for (int order = 0; order < windows.size(); order++) {
            EventCursor cursor = recording.events(windows.get(order));
            cursors.add(cursor);
            if (cursor.hasNext()) {
                heads.add(new Head(order, windows.get(order), cursor, cursor.next()));
            }
        }
    }

    /** Events that could not be decoded and were left out. */
    public int skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !heads.isEmpty()) {
            Head head = heads.poll();
            if (head.cursor().hasNext()) {
                heads.add(new Head(head.windowOrder(), head.windowId(), head.cursor(), head.cursor().next()));
            }
            try {
                next = new TimedEvent(head.windowId(), head.raw().index(), head.raw().decode());
            } catch (EventDecodeException e) {
                skipped++;
            }
        }
        return next != null;
    }

    @Override
    public TimedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TimedEvent current = next;
        next = null;
        return current;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (EventCursor cursor : cursors) {
            try {
                cursor.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
