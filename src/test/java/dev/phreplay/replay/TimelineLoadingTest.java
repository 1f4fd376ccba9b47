package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The first page is ready once the first full snapshot is read; the rest is indexed behind it. */
class TimelineLoadingTest {
    @Test
    void loadReturnsAtTheFirstFullSnapshotAndLaterSeeksWaitForTheIndexer() throws Exception {
        List<RawEvent> events = SyntheticEvents.window(new Random(5), 400);
        int firstSnapshot = firstFullSnapshot(events);
        GatedCursor cursor = new GatedCursor(events, firstSnapshot + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Timeline<TraceState> timeline = Timeline.load(cursor, TraceState::new, TimelineOptions.DEFAULT);
            assertEquals(firstSnapshot + 1, cursor.served(), "load read up to the first full snapshot, no further");
            assertEquals(SeekerTest.expected(events, 0, true), timeline.seeker().state(), "the poster is ready");
            long lateOffset = timeline.offsetOf(firstSnapshot) + 60_000;
            assertFalse(timeline.isReady(lateOffset));
            assertFalse(timeline.isLoaded());

            AtomicReference<TraceState> sought = new AtomicReference<>();
            Thread seeking = new Thread(() -> {
                Seeker<TraceState> seeker = timeline.newSeeker();
                seeker.seek(lateOffset);
                sought.set(seeker.state().copy());
            });
            seeking.start();
            while (seeking.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            assertNull(sought.get(), "the seek waits for the events it needs");
            cursor.open();
            seeking.join();
            assertEquals(SeekerTest.expected(events, lateOffset, true), sought.get());
            LoadProgress done = timeline.awaitLoaded();
            assertEquals(events.size(), done.eventsRead());
            assertEquals(events.size(), done.eventsIndexed());
            assertFalse(done.failed());
            assertTrue(cursor.closed.get(), "the timeline closes the cursor it owns");
            timeline.close();
        });
    }

    @Test
    void aReadErrorKeepsTheEventsReadBeforeIt() throws Exception {
        List<RawEvent> events = SyntheticEvents.window(new Random(6), 200);
        int failAt = firstFullSnapshot(events) + 50;
        EventCursor failing = new EventCursor() {
            int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RawEvent next() {
                if (next == failAt) {
                    throw new UncheckedIOException(new java.io.IOException("events.jsonl line 52: truncated"));
                }
                return events.get(next++);
            }

            @Override
            public void close() {}
        };
        List<LoadProgress> reports = new ArrayList<>();
        Timeline<TraceState> timeline = Timeline.load(failing, TraceState::new,
                TimelineOptions.DEFAULT.withProgress(p -> { synchronized (reports) { reports.add(p); } }));
        LoadProgress done = timeline.awaitLoaded();
        assertTrue(done.failed());
        assertTrue(done.failure().getMessage().contains("line 52"));
        assertEquals(failAt, done.eventsRead());
        assertEquals(failAt, done.eventsIndexed());
        Seeker<TraceState> seeker = timeline.seeker();
        seeker.seek(timeline.endOffset());
        assertEquals(SeekerTest.expected(events.subList(0, failAt), timeline.endOffset(), true), seeker.state());
        synchronized (reports) {
            assertTrue(reports.getLast().done(), "the last progress report says loading ended");
        }
        timeline.close();
    }

    @Test
    void anEmptyWindowLoadsToAnEmptyTimeline() throws Exception {
        Timeline<TraceState> timeline = Timeline.load(SyntheticEvents.cursor(List.of()), TraceState::new,
                TimelineOptions.DEFAULT);
        timeline.awaitLoaded();
        assertEquals(0, timeline.eventCount());
        assertEquals(1, timeline.endOffset());
        timeline.seeker().seek(1);
        assertEquals(new TraceState(), timeline.seeker().state());
        assertTrue(timeline.inactivity().periods().isEmpty());
        timeline.close();
    }

    private static int firstFullSnapshot(List<RawEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (EventFlags.isFullSnapshot(EventFlags.of(events.get(i).json()))) {
                return i;
            }
        }
        throw new AssertionError("no full snapshot");
    }

    /** Serves events up to a gate, then blocks until the test opens it. */
    private static final class GatedCursor implements EventCursor {
        private final List<RawEvent> events;
        private final int gate;
        private final CountDownLatch opened = new CountDownLatch(1);
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile int next;

        GatedCursor(List<RawEvent> events, int gate) {
            this.events = events;
            this.gate = gate;
        }

        void open() {
            opened.countDown();
        }

        int served() {
            return next;
        }

        @Override
        public boolean hasNext() {
            if (next == gate) {
                try {
                    opened.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return next < events.size();
        }

        @Override
        public RawEvent next() {
            return events.get(next++);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
