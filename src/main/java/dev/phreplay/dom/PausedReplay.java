package dev.phreplay.dom;

import dev.phreplay.event.RecordedEvent;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a fresh rrweb Replayer shows after {@code pause(offset)}: the first full snapshot as the
 * poster, then, from the last Meta at or before the target, every event whose timestamp is
 * strictly below {@code first timestamp + offset}, except DomContentLoaded, Load and Custom.
 * The poster's own full snapshot is skipped once, as rrweb does.
 *
 * <p>An instance answers increasing offsets incrementally, streaming the events once: passing a
 * Meta starts again from the poster, which is what rrweb's {@code discardPriorSnapshots} amounts
 * to. A smaller offset than the last one opens the events again. Only the mirror, the poster and
 * one event of look-ahead are held.
 */
public final class PausedReplay implements AutoCloseable {
    private final Supplier<Iterator<RecordedEvent>> source;
    private boolean scanned;
    private long firstTimestamp;
    private RecordedEvent.Meta firstMeta;
    private RecordedEvent.FullSnapshot poster;
    private int posterIndex = -1;
    private Iterator<RecordedEvent> events;
    private RecordedEvent pending;
    private int pendingIndex;
    private int index;
    private Mirror mirror;
    private long offset = -1;
    private boolean posterSkipped;

    /** {@code events} must be sorted by timestamp with a stable sort. */
    public PausedReplay(List<RecordedEvent> events) {
        this(events::iterator);
    }

    /**
     * Events from a source that can be opened more than once, each time in stable timestamp order.
     * An iterator that is also {@link AutoCloseable} is closed when this replay is done with it.
     */
    public PausedReplay(Supplier<Iterator<RecordedEvent>> source) {
        this.source = source;
    }

    /** A fresh replay paused at {@code offset}. */
    public static Mirror at(List<RecordedEvent> events, long offset) {
        return new PausedReplay(events).advanceTo(offset);
    }

    /**
     * The state at {@code offset}. The returned mirror is this replay's own and changes with the
     * next call; {@link Mirror#copy()} it to keep it.
     */
    public Mirror advanceTo(long offset) {
        if (!scanned) {
            scan();
        }
        if (mirror == null || offset < this.offset) {
            reopen();
        }
        this.offset = offset;
        long baseline = firstTimestamp + offset;
        while (peek() != null && pending.timestamp() <= baseline) {
            if (pending instanceof RecordedEvent.Meta) {
                restartFromPoster();
            }
            if (pending.timestamp() == baseline) {
                // Not applied yet; a Meta exactly at the target still discarded what came before.
                break;
            }
            apply(take(), pendingIndex);
        }
        return mirror;
    }

    private void apply(RecordedEvent event, int at) {
        if (at == posterIndex && !posterSkipped) {
            posterSkipped = true;
            return;
        }
        if (event instanceof RecordedEvent.DomContentLoaded || event instanceof RecordedEvent.Load
                || event instanceof RecordedEvent.Custom) {
            return;
        }
        mirror.apply(event);
    }

    /** Finds the first timestamp, the first Meta and the poster (the first full snapshot). */
    private void scan() {
        Iterator<RecordedEvent> all = source.get();
        try {
            scanFrom(all);
        } finally {
            closeQuietly(all);
        }
        scanned = true;
    }

    private void scanFrom(Iterator<RecordedEvent> all) {
        int i = 0;
        boolean first = true;
        while (all.hasNext() && (poster == null || firstMeta == null)) {
            RecordedEvent event = all.next();
            if (first) {
                firstTimestamp = event.timestamp();
                first = false;
            }
            if (firstMeta == null && event instanceof RecordedEvent.Meta meta) {
                firstMeta = meta;
            }
            if (poster == null && event instanceof RecordedEvent.FullSnapshot snapshot) {
                poster = snapshot;
                posterIndex = i;
            }
            i++;
        }
    }

    private void reopen() {
        closeQuietly(events);
        events = source.get();
        pending = null;
        index = 0;
        restartFromPoster();
    }

    private void restartFromPoster() {
        mirror = new Mirror();
        if (firstMeta != null) {
            // The Replayer sizes its iframe from the first Meta at construction.
            mirror.apply(firstMeta);
        }
        if (poster != null) {
            mirror.apply(poster);
        }
        posterSkipped = false;
    }

    /** Closes the events being read, if their iterator is closeable. */
    @Override
    public void close() {
        closeQuietly(events);
        events = null;
        mirror = null;
    }

    private static void closeQuietly(Iterator<RecordedEvent> iterator) {
        if (iterator instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // reading is over; a failing close must not hide the result
            }
        }
    }

    private RecordedEvent peek() {
        if (pending == null && events.hasNext()) {
            pending = events.next();
            pendingIndex = index++;
        }
        return pending;
    }

    private RecordedEvent take() {
        RecordedEvent event = pending;
        pending = null;
        return event;
    }
}
