package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** On heavy states, checkpoints space themselves out to stay within the heap budget. */
class CheckpointBudgetTest {
    /** A trace that also holds a large page, so that each copy costs a known heap. */
    static final class HeavyState implements ReplayState<HeavyState> {
        static final int PAGE = 200_000;
        final TraceState trace;
        final byte[] page;

        HeavyState() {
            this(new TraceState(), new byte[PAGE]);
        }

        private HeavyState(TraceState trace, byte[] page) {
            this.trace = trace;
            this.page = page;
        }

        @Override
        public void apply(RecordedEvent event) {
            trace.apply(event);
            page[Math.floorMod(event.toString().hashCode(), PAGE)]++;
        }

        @Override
        public HeavyState copy() {
            return new HeavyState(trace.copy(), page.clone());
        }
    }

    @Test
    void checkpointHeapStaysWithinTheBudgetAndSeeksStayExact() throws Exception {
        assumeTrue(AllocationMeter.supported(), "this JVM cannot measure allocations");
        Random random = new Random(17);
        List<RawEvent> events = SyntheticEvents.window(random, 3_000);
        long eventBytes = events.stream().mapToLong(e -> e.json().length).sum();
        double ratio = 2.0;
        CheckpointPolicy policy = new CheckpointPolicy(20, 1L << 40, ratio);
        Timeline<HeavyState> timeline = Timeline.load(SyntheticEvents.cursor(events), HeavyState::new,
                TimelineOptions.DEFAULT.withCheckpoints(policy));
        timeline.awaitLoaded();

        long unbudgetedCount = events.size() / 20;
        assertTrue(timeline.checkpointCount() < unbudgetedCount / 2,
                timeline.checkpointCount() + " checkpoints: the budget, not the event count, spaced them");
        long oneCopy = HeavyState.PAGE;
        assertTrue(timeline.checkpointHeapBytes() <= ratio * eventBytes + 2 * oneCopy,
                timeline.checkpointHeapBytes() + " bytes of checkpoints for " + eventBytes + " bytes of events");
        assertTrue(timeline.checkpointHeapBytes() >= (timeline.checkpointCount() - 1) * oneCopy,
                "each checkpoint's copy was measured");

        Seeker<HeavyState> seeker = timeline.seeker();
        for (int i = 0; i < 100; i++) {
            long offset = (long) (random.nextDouble() * timeline.endOffset());
            seeker.seek(offset);
            assertEquals(SeekerTest.expected(events, offset, true), seeker.state().trace);
        }
        timeline.close();
    }

    @Test
    void theBudgetIsCappedByTheMaximumHeap() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        CheckpointPolicy capped = new CheckpointPolicy(10, 1, Double.POSITIVE_INFINITY, 0.25);
        assertTrue(capped.affordable(0, maxHeap / 5, 1));
        assertFalse(capped.affordable(maxHeap / 5, maxHeap / 10, Long.MAX_VALUE / 4), "over a quarter of the heap");
        CheckpointPolicy perByte = new CheckpointPolicy(10, 1, 2.0);
        assertTrue(perByte.affordable(1_000, 1_000, 1_000));
        assertFalse(perByte.affordable(1_000, 1_001, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointPolicy(10, 1, 0));
    }

    @Test
    void theFirstFullSnapshotIsAlwaysCheckpointed() throws Exception {
        List<RawEvent> events = new ArrayList<>(List.of(SyntheticEvents.meta(0, 10), SyntheticEvents.fullSnapshot(1, 20)));
        for (int i = 2; i < 50; i++) {
            events.add(SyntheticEvents.mouseMove(i, 20 + i));
        }
        Timeline<HeavyState> timeline = Timeline.load(SyntheticEvents.cursor(events), HeavyState::new,
                TimelineOptions.DEFAULT.withCheckpoints(new CheckpointPolicy(5, 1L << 40, 1e-9)));
        timeline.awaitLoaded();
        assertEquals(List.of(0, 2), timeline.checkpointPositions(), "a tiny budget keeps only the start and the first page");
        timeline.close();
    }
}
