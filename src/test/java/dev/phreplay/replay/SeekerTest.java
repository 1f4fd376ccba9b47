package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.RawEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** seek(t) and advanceTo(t) leave exactly the state of replaying every event with offset below t. */
class SeekerTest {
    private static final CheckpointPolicy SMALL = new CheckpointPolicy(7, 1 << 20, Double.POSITIVE_INFINITY);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomSeeksEqualSequentialReplay(long seed) throws Exception {
        Random random = new Random(seed);
        List<RawEvent> events = SyntheticEvents.window(random, 300 + random.nextInt(300));
        for (boolean poster : new boolean[] {true, false}) {
            try (Timeline<TraceState> timeline = loaded(events, SMALL, poster)) {
                Seeker<TraceState> seeker = timeline.seeker();
                for (int i = 0; i < 200; i++) {
                    long offset = randomOffset(random, timeline);
                    long appliedBefore = seeker.eventsAppliedBySeeks();
                    seeker.seek(offset);
                    assertEquals(expected(events, offset, poster), seeker.state(), "seed " + seed + " seek " + offset);
                    assertTrue(seeker.eventsAppliedBySeeks() - appliedBefore <= SMALL.maxEvents(),
                            "a seek applies at most one checkpoint spacing of events");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53})
    void longCatchUpsDecodedAheadEqualSequentialReplay(long seed) throws Exception {
        Random random = new Random(seed);
        List<RawEvent> events = new ArrayList<>();
        boolean first = true;
        for (RawEvent event : SyntheticEvents.window(random, 4_000)) {
            boolean snapshot = EventFlags.isFullSnapshot(EventFlags.of(event.json()));
            events.add(snapshot && !first ? SyntheticEvents.mutation(event.index(), event.timestamp()) : event);
            first &= !snapshot;
        }
        CheckpointPolicy sparse = new CheckpointPolicy(1_500, 1L << 40, Double.POSITIVE_INFINITY);
        try (Timeline<TraceState> timeline = loaded(events, sparse, true)) {
            Seeker<TraceState> seeker = timeline.seeker();
            int decodedAhead = 0;
            for (int i = 0; i < 60; i++) {
                long offset = randomOffset(random, timeline);
                long appliedBefore = seeker.eventsAppliedBySeeks();
                seeker.seek(offset);
                if (seeker.eventsAppliedBySeeks() - appliedBefore >= DecodeAhead.MIN_EVENTS) {
                    decodedAhead++;
                }
                assertEquals(expected(events, offset, true), seeker.state(), "seed " + seed + " seek " + offset);
            }
            assertTrue(decodedAhead > 10, "most seeks went through the decoding helper: " + decodedAhead);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void playAndSeekInterleavedEqualSequentialReplay(long seed) throws Exception {
        Random random = new Random(seed);
        List<RawEvent> events = SyntheticEvents.window(random, 400);
        try (Timeline<TraceState> timeline = loaded(events, SMALL, true)) {
            Seeker<TraceState> seeker = timeline.seeker();
            List<Integer> played = new ArrayList<>();
            seeker.addListener(new SeekListener<>() {
                @Override
                public void eventApplied(int position, RawEvent raw, dev.phreplay.event.RecordedEvent event) {
                    played.add(position);
                }
            });
            for (int i = 0; i < 300; i++) {
                long offset;
                if (random.nextInt(5) == 0) {
                    offset = randomOffset(random, timeline);
                    seeker.seek(offset);
                } else {
                    int from = seeker.position();
                    offset = seeker.offset() + random.nextInt(3_000);
                    played.clear();
                    seeker.advanceTo(offset);
                    assertEquals(decodableBetween(events, from, seeker.position()), played,
                            "forward play reports each event it applies, once, in order");
                }
                assertEquals(expected(events, offset, true), seeker.state(), "seed " + seed + " at " + offset);
            }
        }
    }

    /** The player opens on a seek to 0: the first page, built with the timeline, is not built a second time. */
    @Test
    void theFirstSeekToZeroKeepsTheFirstPage() throws Exception {
        List<RawEvent> events = posterWindow();
        try (Timeline<TraceState> timeline = loaded(events, SMALL, true)) {
            Seeker<TraceState> seeker = timeline.seeker();
            TraceState first = seeker.state();
            seeker.seek(0);
            assertSame(first, seeker.state());
            assertEquals(0, seeker.eventsAppliedBySeeks());
            assertEquals(expected(events, 0, true), seeker.state());
        }
    }

    @Test
    void aSecondSeekToTheSameMomentBeforeTheSnapshotKeepsThePoster() throws Exception {
        List<RawEvent> events = posterWindow();
        try (Timeline<TraceState> timeline = loaded(events, SMALL, true)) {
            Seeker<TraceState> seeker = timeline.seeker();
            seeker.seek(timeline.endOffset());
            seeker.seek(250);
            TraceState poster = seeker.state();
            long applied = seeker.eventsAppliedBySeeks();
            seeker.seek(250);
            assertSame(poster, seeker.state());
            assertEquals(applied, seeker.eventsAppliedBySeeks());
            assertEquals(expected(events, 250, true), seeker.state());
            // played on, the page is no longer the one a seek gives: the next seek builds it again
            seeker.advanceTo(260);
            seeker.seek(260);
            assertNotSame(poster, seeker.state());
            assertEquals(expected(events, 260, true), seeker.state());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void seeksAndPlayBackToTheSameMomentsEqualSequentialReplay(long seed) throws Exception {
        Random random = new Random(seed);
        List<RawEvent> events = SyntheticEvents.window(random, 300);
        for (boolean poster : new boolean[] {true, false}) {
            try (Timeline<TraceState> timeline = loaded(events, SMALL, poster)) {
                Seeker<TraceState> seeker = timeline.seeker();
                long[] moments = {0, 1, timeline.offsetOf(3), randomOffset(random, timeline), randomOffset(random, timeline)};
                for (int i = 0; i < 200; i++) {
                    long offset = moments[random.nextInt(moments.length)];
                    if (random.nextBoolean() || offset < seeker.offset()) {
                        seeker.seek(offset);
                    } else {
                        seeker.advanceTo(offset);
                    }
                    assertEquals(expected(events, offset, poster), seeker.state(), "seed " + seed + " at " + offset);
                }
            }
        }
    }

    /** A Meta, mouse moves, then the first full snapshot at 300 ms and mutations after it. */
    private static List<RawEvent> posterWindow() {
        List<RawEvent> events = new ArrayList<>(List.of(SyntheticEvents.meta(0, 1000)));
        for (int i = 1; i < 30; i++) {
            events.add(SyntheticEvents.mouseMove(i, 1000 + 10L * i));
        }
        events.add(SyntheticEvents.fullSnapshot(30, 1300));
        for (int i = 31; i < 60; i++) {
            events.add(SyntheticEvents.mutation(i, 1000 + 10L * i));
        }
        return events;
    }

    @Test
    void forwardSeekCloseAheadAppliesOnlyTheEventsInBetween() throws Exception {
        List<RawEvent> events = new ArrayList<>(List.of(SyntheticEvents.fullSnapshot(0, 1000)));
        for (int i = 1; i < 500; i++) {
            events.add(SyntheticEvents.mutation(i, 1000 + 10L * i));
        }
        try (Timeline<TraceState> timeline = loaded(events, new CheckpointPolicy(100, 1 << 20, Double.POSITIVE_INFINITY), false)) {
            Seeker<TraceState> seeker = timeline.seeker();
            seeker.seek(timeline.offsetOf(150));
            TraceState kept = seeker.state();
            long before = seeker.eventsAppliedBySeeks();
            int target = timeline.countBefore(timeline.offsetOf(160));
            seeker.seek(timeline.offsetOf(160));
            assertSame(kept, seeker.state(), "no checkpoint was restored");
            assertEquals(target - timeline.countBefore(timeline.offsetOf(150)), seeker.eventsAppliedBySeeks() - before);
            assertEquals(expected(events, timeline.offsetOf(160), false), seeker.state());
        }
    }

    @Test
    void outOfOrderEventsAreStablySortedByTimestamp() throws Exception {
        Random random = new Random(31);
        List<RawEvent> ordered = SyntheticEvents.window(random, 400);
        List<RawEvent> shuffled = new ArrayList<>(ordered);
        for (int i = 0; i < 60; i++) {
            int a = random.nextInt(shuffled.size());
            int b = random.nextInt(shuffled.size());
            RawEvent swap = shuffled.get(a);
            shuffled.set(a, shuffled.get(b));
            shuffled.set(b, swap);
        }
        List<RawEvent> sorted = new ArrayList<>(shuffled);
        sorted.sort(Comparator.comparingLong(RawEvent::timestamp));
        try (Timeline<TraceState> timeline = loaded(shuffled, SMALL, true)) {
            for (int position = 0; position < sorted.size(); position++) {
                assertSame(sorted.get(position), timeline.event(position));
            }
            Seeker<TraceState> seeker = timeline.seeker();
            for (int i = 0; i < 150; i++) {
                long offset = randomOffset(random, timeline);
                seeker.seek(offset);
                assertEquals(expected(sorted, offset, true), seeker.state());
            }
        }
    }

    @Test
    void aCheckpointFollowsEveryFullSnapshot() throws Exception {
        List<RawEvent> events = SyntheticEvents.window(new Random(41), 600);
        try (Timeline<TraceState> timeline = loaded(events, new CheckpointPolicy(10_000, 1L << 40, Double.POSITIVE_INFINITY), true)) {
            List<Integer> expected = new ArrayList<>(List.of(0));
            for (int i = 0; i < events.size(); i++) {
                if (EventFlags.isFullSnapshot(EventFlags.of(events.get(i).json()))) {
                    expected.add(i + 1);
                }
            }
            assertEquals(expected, timeline.checkpointPositions());
        }
    }

    @Test
    void checkpointsAreSpacedByEventsAndBytes() throws Exception {
        List<RawEvent> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(SyntheticEvents.custom(i, 1000 + i));
        }
        try (Timeline<TraceState> byCount = loaded(events, new CheckpointPolicy(10, 1L << 40, Double.POSITIVE_INFINITY), true)) {
            assertEquals(List.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100), byCount.checkpointPositions());
        }
        int size = events.getFirst().json().length;
        try (Timeline<TraceState> byBytes = loaded(events, new CheckpointPolicy(1_000, 25L * size, Double.POSITIVE_INFINITY), true)) {
            assertEquals(List.of(0, 25, 50, 75, 100), byBytes.checkpointPositions());
        }
    }

    @Test
    void beforeTheFirstFullSnapshotThePosterRuleShowsIt() throws Exception {
        List<RawEvent> events = List.of(SyntheticEvents.meta(0, 1000), SyntheticEvents.custom(1, 1200),
                SyntheticEvents.fullSnapshot(2, 1500), SyntheticEvents.mutation(3, 1600));
        try (Timeline<TraceState> poster = loaded(events, SMALL, true)) {
            Seeker<TraceState> seeker = poster.seeker();
            assertTrue(seeker.posterShown());
            assertEquals(fingerprints(events.get(0), events.get(2)), seeker.state().applied(),
                    "at 0, rrweb's poster: the first Meta and the first full snapshot");
            seeker.seek(300);
            assertEquals(fingerprints(events.get(0), events.get(1), events.get(2)), seeker.state().applied());
            seeker.seek(500);
            assertTrue(seeker.posterShown(), "at the snapshot's own offset it is not applied yet: still the poster");
            assertEquals(fingerprints(events.get(0), events.get(1), events.get(2)), seeker.state().applied());
            seeker.seek(501);
            assertFalse(seeker.posterShown());
            assertEquals(fingerprints(events.get(0), events.get(1), events.get(2)), seeker.state().applied());
            seeker.seek(601);
            assertEquals(fingerprints(events.get(0), events.get(1), events.get(2), events.get(3)), seeker.state().applied());
        }
        try (Timeline<TraceState> plain = loaded(events, SMALL, false)) {
            Seeker<TraceState> seeker = plain.seeker();
            assertEquals(501, seeker.offset(), "without the rule the first page is the state after the snapshot");
            seeker.seek(300);
            assertEquals(fingerprints(events.get(0), events.get(1)), seeker.state().applied());
        }
    }

    @Test
    void listenersHearOfAReplacedStateBeforeTheEventsPlayedOnIt() throws Exception {
        List<RawEvent> events = List.of(SyntheticEvents.meta(0, 1000), SyntheticEvents.fullSnapshot(1, 1500),
                SyntheticEvents.mutation(2, 1600), SyntheticEvents.mouseMove(3, 1700));
        try (Timeline<TraceState> timeline = loaded(events, SMALL, true)) {
            Seeker<TraceState> seeker = timeline.seeker();
            List<String> heard = new ArrayList<>();
            seeker.addListener(new SeekListener<>() {
                @Override
                public void eventApplied(int position, RawEvent raw, dev.phreplay.event.RecordedEvent event) {
                    heard.add("applied " + position + " to " + System.identityHashCode(seeker.state()));
                }

                @Override
                public void eventApplying(int position, RawEvent raw) {
                    heard.add("applying " + position);
                }

                @Override
                public void stateReplaced(TraceState state) {
                    heard.add("replaced by " + System.identityHashCode(state));
                }

                @Override
                public void seeked(long offset) {
                    heard.add("seeked " + offset);
                }
            });
            seeker.advanceTo(650);
            int now = System.identityHashCode(seeker.state());
            assertEquals(List.of("replaced by " + now, "applying 0", "applied 0 to " + now, "applying 1",
                    "applied 1 to " + now, "applying 2", "applied 2 to " + now), heard);
            heard.clear();
            seeker.seek(100);
            assertEquals(List.of("replaced by " + System.identityHashCode(seeker.state()), "seeked 100"), heard);
        }
    }

    private static String fingerprint(RawEvent raw) {
        return TraceState.fingerprint(Decoded.orNull(raw));
    }

    private static List<String> fingerprints(RawEvent... raws) {
        return java.util.Arrays.stream(raws).map(SeekerTest::fingerprint).toList();
    }

    static Timeline<TraceState> loaded(List<RawEvent> events, CheckpointPolicy policy, boolean poster)
            throws InterruptedException {
        TimelineOptions options = TimelineOptions.DEFAULT.withCheckpoints(policy).withPosterRule(poster);
        Timeline<TraceState> timeline = Timeline.load(SyntheticEvents.cursor(events), TraceState::new, options);
        timeline.awaitLoaded();
        return timeline;
    }

    private static long randomOffset(Random random, Timeline<?> timeline) {
        if (random.nextInt(4) == 0) {
            // Exactly on an event: the event itself must not be applied.
            return timeline.offsetOf(random.nextInt(timeline.eventCount()));
        }
        return (long) (random.nextDouble() * (timeline.endOffset() + 2_000));
    }

    /** The state of replaying the events (sorted) with offset strictly below {@code offset}. */
    static TraceState expected(List<RawEvent> ordered, long offset, boolean poster) {
        long base = ordered.stream().mapToLong(RawEvent::timestamp).min().orElse(0);
        int count = 0;
        while (count < ordered.size() && ordered.get(count).timestamp() < base + offset) {
            count++;
        }
        TraceState state = SyntheticEvents.replay(ordered, count);
        int first = -1;
        int meta = -1;
        for (int i = 0; i < ordered.size() && first < 0; i++) {
            byte flags = EventFlags.of(ordered.get(i).json());
            if (EventFlags.isFullSnapshot(flags)) {
                first = i;
            } else if (EventFlags.isMeta(flags) && meta < 0) {
                meta = i;
            }
        }
        if (poster && first >= count) {
            if (meta >= count) {
                Decoded.apply(state, ordered.get(meta));
            }
            Decoded.apply(state, ordered.get(first));
        }
        return state;
    }

    private static List<Integer> decodableBetween(List<RawEvent> ordered, int from, int to) {
        List<Integer> positions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (Decoded.orNull(ordered.get(i)) != null) {
                positions.add(i);
            }
        }
        return positions;
    }
}
