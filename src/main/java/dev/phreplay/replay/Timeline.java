package dev.phreplay.replay;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.util.List;
import java.util.function.Supplier;

/**
 * One window of a recording, ready to play and seek. Offsets are ms after the window's first
 * event (its smallest timestamp).
 *
 * <p>{@link #load} reads on the caller's thread only up to the first full snapshot, so the first
 * page is ready quickly whatever the file size; a background thread reads the rest and builds
 * the checkpoints ({@link #progress()}). A seek beyond what is indexed waits for the indexer.
 */
public final class Timeline<S extends ReplayState<S>> implements AutoCloseable {
    private final EventStore store = new EventStore();
    private final Checkpoints<S> checkpoints = new Checkpoints<>();
    private final Supplier<S> freshState;
    private final TimelineOptions options;
    private Seeker<S> seeker;
    private Thread loader;
    private int indexed;
    private boolean done;
    private Throwable failure;
    private volatile boolean closing;
    private Inactivity inactivity;

    private Timeline(Supplier<S> freshState, TimelineOptions options) {
        this.freshState = freshState;
        this.options = options;
    }

    /**
     * Loads a window. Returns once its first full snapshot has been read (or the window ended)
     * with {@link #seeker()} showing the initial page; indexing goes on in the background. The
     * timeline owns the cursor and closes it when reading ends.
     */
    public static <S extends ReplayState<S>> Timeline<S> load(EventCursor cursor, Supplier<S> freshState,
                                                                TimelineOptions options) {
        Timeline<S> timeline = new Timeline<>(freshState, options);
        timeline.checkpoints.add(new Checkpoint<>(0, freshState.get().freeze(), 0));
        timeline.readUntilFirstFullSnapshot(cursor);
        timeline.seeker = timeline.initialSeeker();
        timeline.startLoader(cursor);
        return timeline;
    }

    private void readUntilFirstFullSnapshot(EventCursor cursor) {
        try {
            while (store.firstFullSnapshot() < 0 && cursor.hasNext()) {
                RawEvent event = cursor.next();
                store.add(event, EventFlags.of(event.json()));
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
            }
        }
    }

    /**
     * The page first shown: with the poster rule, offset 0 showing rrweb's poster (the first Meta and
     * the first full snapshot, as far as they have been read); without it, the state right after the
     * first full snapshot.
     */
    private Seeker<S> initialSeeker() {
        int first = store.firstFullSnapshot();
        S state = freshState.get();
        if (first < 0) {
            return new Seeker<>(this, state, 0, 0, false);
        }
        if (options.posterRule()) {
            applyPoster(state, 0);
            return new Seeker<>(this, state, 0, 0, true);
        }
        for (int position = 0; position <= first; position++) {
            Decoded.apply(state, store.event(position));
        }
        return new Seeker<>(this, state, first + 1, offsetOf(first) + 1, false);
    }

    /**
     * rrweb's poster, on a state holding the first {@code applied} events (none of them a full
     * snapshot): the first Meta sizes the page unless it was applied already, then the first full
     * snapshot is built. Only a Meta before the first full snapshot counts (rrweb takes the first
     * anywhere; recorders always write one before the snapshot), so the first page, built as soon
     * as the snapshot is read, is the same as any later seek to 0.
     */
    void applyPoster(S state, int applied) {
        int meta = store.firstMeta();
        int snapshot = store.firstFullSnapshot();
        if (meta >= applied && meta < snapshot) {
            Decoded.apply(state, store.event(meta));
        }
        Decoded.apply(state, store.event(snapshot));
    }

    private void startLoader(EventCursor cursor) {
        Indexer<S> indexer = new Indexer<>(this, store, checkpoints, options.checkpoints(), cursor);
        synchronized (this) {
            if (failure != null) {
                // Reading already failed: index what was read, and read no further.
                cursor = new StoppedCursor(cursor);
                indexer = new Indexer<>(this, store, checkpoints, options.checkpoints(), cursor);
            }
        }
        loader = Thread.ofPlatform().daemon().name("phreplay-indexer").unstarted(indexer);
        loader.start();
    }

    // ---- the loader's reports --------------------------------------------------------------

    synchronized void indexed(int position) {
        indexed = position;
        notifyAll();
    }

    void reportProgress() {
        options.progress().accept(progress());
    }

    /** Reports the last progress, then releases the waiters, so that they see it reported. */
    void finished(Throwable error) {
        LoadProgress last;
        synchronized (this) {
            if (failure == null) {
                failure = error;
            }
            last = new LoadProgress(store.size(), store.bytes(), indexed, checkpoints.size(), true, failure);
        }
        options.progress().accept(last);
        synchronized (this) {
            done = true;
            notifyAll();
        }
    }

    boolean isClosing() {
        return closing;
    }

    // ---- waiting for the index -------------------------------------------------------------

    /** Whether a seek to {@code offset} can run now without waiting for the indexer. */
    public synchronized boolean isReady(long offset) {
        return done || covers(timestampOf(offset));
    }

    /** Waits until every event before {@code timestamp} has been read and checkpointed. */
    synchronized void awaitTimestamp(long timestamp) {
        boolean interrupted = false;
        while (!done && !covers(timestamp)) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events are read in order, so once one at or after the timestamp is read, all before it are. */
    private boolean covers(long timestamp) {
        int before = store.countBefore(timestamp);
        return store.size() > before && indexed >= before;
    }

    /** Blocks until the whole window is read and indexed. */
    public synchronized LoadProgress awaitLoaded() throws InterruptedException {
        while (!done) {
            wait();
        }
        return progress();
    }

    public synchronized boolean isLoaded() {
        return done;
    }

    public synchronized LoadProgress progress() {
        return new LoadProgress(store.size(), store.bytes(), indexed, checkpoints.size(), done, failure);
    }

    // ---- the events ------------------------------------------------------------------------

    /** The seeker that holds the initial page; use it from one thread. */
    public Seeker<S> seeker() {
        return seeker;
    }

    /** Another, independent seeker, starting from the fresh state at offset 0 (seek it first). */
    public Seeker<S> newSeeker() {
        return new Seeker<>(this, freshState.get(), 0, 0, false);
    }

    public TimelineOptions options() {
        return options;
    }

    /** The smallest timestamp, or 0 for an empty window. */
    public long startTimestamp() {
        return store.size() == 0 ? 0 : store.timestamp(0);
    }

    /** The offset of the last event read: the window's length in ms. */
    public long lastOffset() {
        int size = store.size();
        return size == 0 ? 0 : store.timestamp(size - 1) - store.timestamp(0);
    }

    /** The first offset at which every event has been applied (rrweb's end: length + 1). */
    public long endOffset() {
        return lastOffset() + 1;
    }

    public int eventCount() {
        return store.size();
    }

    /** The summed size of the events' JSON: the uncompressed event size. */
    public long eventBytes() {
        return store.bytes();
    }

    public RawEvent event(int position) {
        return store.event(position);
    }

    public long offsetOf(int position) {
        return store.timestamp(position) - startTimestamp();
    }

    long timestampOf(long offset) {
        long start = startTimestamp();
        return offset > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + offset;
    }

    /** How many events have an offset strictly below {@code offset}. */
    public int countBefore(long offset) {
        return store.countBefore(timestampOf(offset));
    }

    /** The position of the first full snapshot, or -1 when there is none (yet). */
    public int firstFullSnapshot() {
        return store.firstFullSnapshot();
    }

    /** The inactive periods of what has been read; final once loading is done. */
    public Inactivity inactivity() {
        synchronized (this) {
            if (inactivity != null) {
                return inactivity;
            }
        }
        EventStore.Columns columns = store.columns();
        Inactivity computed = Inactivity.of(columns.timestamps(), columns.flags());
        synchronized (this) {
            if (done && columns.timestamps().length == store.size()) {
                inactivity = computed;
            }
        }
        return computed;
    }

    /** The heap the checkpoints took when they were copied (0 where the JVM cannot measure it). */
    public long checkpointHeapBytes() {
        return checkpoints.heapBytes();
    }

    public int checkpointCount() {
        return checkpoints.size();
    }

    /** The positions that have checkpoints: the state after that many events. */
    public List<Integer> checkpointPositions() {
        return checkpoints.positions();
    }

    EventStore store() {
        return store;
    }

    Checkpoints<S> checkpoints() {
        return checkpoints;
    }

    /** Stops reading (if still reading) and waits for the loader thread to end. */
    @Override
    public void close() {
        closing = true;
        if (loader != null) {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
