package dev.phreplay.replay;

import dev.phreplay.event.RecordedEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decodes a range of events on a helper thread, ahead of the seeker that applies them, so that
 * decoding overlaps with restoring a checkpoint (a deep copy) and with applying. Decoding is pure,
 * and the queue keeps the order, so the events applied are exactly those of a plain loop.
 */
final class DecodeAhead implements AutoCloseable {
    /** Below this many events the hand-over costs more than it saves. */
    static final int MIN_EVENTS = 128;
    private static final int QUEUE = 1_024;
    private static final ExecutorService DECODERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("phreplay-decoder-", 0).factory());
    private static final Object SKIPPED = new Object();

    private record Failure(Throwable cause) {}

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Future<?> task;
    private volatile boolean cancelled;

    private DecodeAhead(EventStore store, int from, int to) {
        task = DECODERS.submit(() -> decode(store, from, to));
    }

    /** Starts decoding {@code [from, to)}, or returns null when the range is too short to be worth it. */
    static DecodeAhead startIfWorthIt(EventStore store, int from, int to) {
        return to - from >= MIN_EVENTS ? new DecodeAhead(store, from, to) : null;
    }

    private void decode(EventStore store, int from, int to) {
        try {
            for (int position = from; position < to && !cancelled; position++) {
                RecordedEvent event = Decoded.orNull(store.event(position));
                queue.put(event == null ? SKIPPED : event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            queue.offer(new Failure(e));
        }
    }

    /** The next event of the range, in order; null when it does not decode (replay skips it). */
    RecordedEvent next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeking", e);
        }
        if (item instanceof Failure failure) {
            if (failure.cause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure.cause();
        }
        return item == SKIPPED ? null : (RecordedEvent) item;
    }

    @Override
    public void close() {
        cancelled = true;
        task.cancel(true);
        queue.clear();
    }
}
