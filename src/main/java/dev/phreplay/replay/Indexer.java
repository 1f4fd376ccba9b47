package dev.phreplay.replay;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.io.IOException;

/**
 * The loader thread's work: reads the rest of the window, replays every event into its own
 * state and keeps checkpoints as the {@link CheckpointPolicy} says. A late event (one with an
 * earlier timestamp than events already read) invalidates the checkpoints after its place;
 * the indexer rewinds to the checkpoint before it and replays from there.
 */
final class Indexer<S extends ReplayState<S>> implements Runnable {
    private static final int PROGRESS_EVERY = 1_000;

    private final Timeline<S> timeline;
    private final EventStore store;
    private final Checkpoints<S> checkpoints;
    private final CheckpointPolicy policy;
    private final EventCursor cursor;
    private S state;
    private int position;
    private int eventsSince;
    private long bytesSince;
    private long bytesApplied;
    private long heapHeld;
    private long lastCopyBytes;
    private boolean firstSnapshotKept;

    Indexer(Timeline<S> timeline, EventStore store, Checkpoints<S> checkpoints, CheckpointPolicy policy,
            EventCursor cursor) {
        this.timeline = timeline;
        this.store = store;
        this.checkpoints = checkpoints;
        this.policy = policy;
        this.cursor = cursor;
        this.state = checkpoints.floor(0).thaw();
        this.heapHeld = checkpoints.heapBytes();
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            catchUp();
            while (!timeline.isClosing() && cursor.hasNext()) {
                RawEvent event = cursor.next();
                int inserted = store.add(event, EventFlags.of(event.json()));
                if (inserted < position) {
                    rewindTo(inserted);
                }
                catchUp();
                if (store.size() % PROGRESS_EVERY == 0) {
                    timeline.reportProgress();
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            state = null; // the checkpoints hold what is needed; the working copy can go
            failure = closeCursor(failure);
            timeline.finished(failure);
        }
    }

    private Throwable closeCursor(Throwable failure) {
        try {
            cursor.close();
        } catch (IOException | RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
        }
        return failure;
    }

    private void catchUp() {
        while (position < store.size()) {
            RawEvent event = store.event(position);
            boolean fullSnapshot = EventFlags.isFullSnapshot(store.flags(position));
            Decoded.apply(state, event);
            position++;
            eventsSince++;
            bytesSince += event.json().length;
            bytesApplied += event.json().length;
            if (fullSnapshot) {
                afterFullSnapshot();
            } else if (policy.wanted(eventsSince, bytesSince) && policy.affordable(heapHeld, lastCopyBytes, bytesApplied)) {
                keep(copy());
            }
            timeline.indexed(position);
        }
    }

    /** The first snapshot is always kept (it is the poster's base); later ones when the budget allows. */
    private void afterFullSnapshot() {
        Checkpoint<S> checkpoint = copy();
        if (!firstSnapshotKept || policy.affordable(heapHeld, checkpoint.heapBytes(), bytesApplied)) {
            firstSnapshotKept = true;
            keep(checkpoint);
        }
    }

    private Checkpoint<S> copy() {
        AllocationMeter.Measured<ReplayState.Frozen<S>> frozen = AllocationMeter.measure(state::freeze);
        lastCopyBytes = frozen.bytes();
        return new Checkpoint<>(position, frozen.value(), frozen.bytes());
    }

    private void keep(Checkpoint<S> checkpoint) {
        checkpoints.add(checkpoint);
        heapHeld += checkpoint.heapBytes();
        eventsSince = 0;
        bytesSince = 0;
    }

    private void rewindTo(int inserted) {
        heapHeld -= checkpoints.truncateAfter(inserted);
        Checkpoint<S> restart = checkpoints.floor(inserted);
        state = restart.thaw();
        position = restart.position();
        bytesApplied = 0;
        for (int i = 0; i < position; i++) {
            bytesApplied += store.event(i).json().length;
        }
        eventsSince = 0;
        bytesSince = 0;
        timeline.indexed(position);
    }
}
