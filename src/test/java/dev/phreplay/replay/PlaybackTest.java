package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.RawEvent;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clock drives the seeker: each tick leaves the state of the clock's offset. */
class PlaybackTest {
    @Test
    void ticksAtEverySpeedAndSeeksKeepTheStateExact() throws Exception {
        Random random = new Random(8);
        List<RawEvent> events = SyntheticEvents.window(random, 500);
        try (Timeline<TraceState> timeline = SeekerTest.loaded(events, new CheckpointPolicy(16, 1 << 20, Double.POSITIVE_INFINITY), true)) {
            PlaybackClockTest.FakeTime time = new PlaybackClockTest.FakeTime();
            PlaybackClock clock = new PlaybackClock(time, timeline.endOffset());
            Playback<TraceState> playback = new Playback<>(clock, timeline.seeker());
            clock.play();
            for (int frame = 0; frame < 2_000 && clock.isPlaying(); frame++) {
                if (frame % 100 == 0) {
                    clock.setSpeed(PlaybackClock.SPEEDS.get(random.nextInt(PlaybackClock.SPEEDS.size())));
                }
                if (frame % 150 == 75) {
                    playback.seek((long) (random.nextDouble() * timeline.endOffset()));
                }
                time.advance(16);
                long offset = playback.tick();
                assertEquals(SeekerTest.expected(events, offset, true), playback.seeker().state(), "frame " + frame);
            }
        }
    }

    @Test
    void aClockAheadOfTheIndexerIsHeldUntilTheEventsAreThere() throws Exception {
        List<RawEvent> events = SyntheticEvents.window(new Random(9), 300);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        int firstSnapshot = timelineFirstSnapshot(events);
        java.util.Iterator<RawEvent> source = events.iterator();
        int[] served = {0};
        dev.phreplay.event.EventCursor gated = new dev.phreplay.event.EventCursor() {
            @Override
            public boolean hasNext() {
                if (served[0] == firstSnapshot + 1) {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return source.hasNext();
            }

            @Override
            public RawEvent next() {
                served[0]++;
                return source.next();
            }

            @Override
            public void close() {}
        };
        Timeline<TraceState> timeline = Timeline.load(gated, TraceState::new, TimelineOptions.DEFAULT);
        PlaybackClockTest.FakeTime time = new PlaybackClockTest.FakeTime();
        PlaybackClock clock = new PlaybackClock(time, 1);
        Playback<TraceState> playback = new Playback<>(clock, timeline.seeker());
        clock.play();
        time.advance(60_000);
        long held = playback.tick();
        assertTrue(playback.isBuffering(), "the clock ran past what is indexed");
        assertTrue(held <= timeline.endOffset());
        assertTrue(clock.isPlaying(), "held, not stopped at the end of what was read");
        gate.countDown();
        timeline.awaitLoaded();
        time.advance(1_000);
        long offset = playback.tick();
        assertFalse(playback.isBuffering());
        assertEquals(timeline.endOffset(), clock.endOffset(), "the clock's end followed the loading");
        assertEquals(SeekerTest.expected(events, offset, true), playback.seeker().state());
        timeline.close();
    }

    private static int timelineFirstSnapshot(List<RawEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (EventFlags.isFullSnapshot(EventFlags.of(events.get(i).json()))) {
                return i;
            }
        }
        throw new AssertionError("no full snapshot");
    }

    @Test
    void skippingInactivityLandsOnTheNextActiveEvent() throws Exception {
        List<RawEvent> events = List.of(SyntheticEvents.fullSnapshot(0, 1_000), SyntheticEvents.mouseMove(1, 1_500),
                SyntheticEvents.mutation(2, 4_000), SyntheticEvents.mutation(3, 20_000), SyntheticEvents.mouseMove(4, 60_000),
                SyntheticEvents.mouseMove(5, 61_000));
        try (Timeline<TraceState> timeline = SeekerTest.loaded(events, CheckpointPolicy.DEFAULT, true)) {
            Inactivity inactivity = timeline.inactivity();
            assertEquals(List.of(new InactivePeriod(3_000, 59_000)), inactivity.periods());
            PlaybackClockTest.FakeTime time = new PlaybackClockTest.FakeTime();
            PlaybackClock clock = new PlaybackClock(time, timeline.endOffset());
            clock.setInactivity(inactivity);
            clock.setSkipInactivity(true);
            Playback<TraceState> playback = new Playback<>(clock, timeline.seeker());
            clock.play();
            time.advance(3_000);
            assertEquals(59_000, playback.tick());
            assertEquals(SeekerTest.expected(events, 59_000, true), playback.seeker().state());
            time.advance(1);
            assertEquals(59_001, playback.tick(), "the active event at 59 s is applied right after the jump");
            assertEquals(5, playback.seeker().state().applied().size());
        }
    }
}
