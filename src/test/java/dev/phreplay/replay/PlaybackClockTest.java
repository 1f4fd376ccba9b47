package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaybackClockTest {
    private static final long MS = 1_000_000;

    private final FakeTime time = new FakeTime();

    @Test
    void advancesAtTheChosenSpeedWhilePlaying() {
        PlaybackClock clock = new PlaybackClock(time, 100_000);
        time.advance(500);
        assertEquals(0, clock.offset(), "paused at first");
        clock.play();
        time.advance(1_000);
        assertEquals(1_000, clock.offset(), 1e-9);
        clock.setSpeed(16);
        time.advance(1_000);
        assertEquals(17_000, clock.offset(), 1e-9);
        clock.setSpeed(0.5);
        time.advance(1_000);
        assertEquals(17_500, clock.offset(), 1e-9);
        clock.pause();
        time.advance(10_000);
        assertEquals(17_500, clock.offset(), 1e-9);
        assertEquals(0.5, clock.speed());
    }

    @Test
    void everyPostHogSpeedAndNoOther() {
        PlaybackClock clock = new PlaybackClock(time, 1_000_000);
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0, 16.0), PlaybackClock.SPEEDS);
        for (double speed : PlaybackClock.SPEEDS) {
            clock.pause();
            clock.seek(0);
            clock.setSpeed(speed);
            clock.play();
            time.advance(2_000);
            assertEquals(2_000 * speed, clock.offset(), 1e-9);
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(5));
        assertTrue(error.getMessage().contains("5.0"));
    }

    @Test
    void stopsAtTheEndAndPlayStartsOver() {
        PlaybackClock clock = new PlaybackClock(time, 3_000);
        clock.play();
        time.advance(5_000);
        assertEquals(3_000, clock.offset());
        assertTrue(clock.isFinished());
        assertFalse(clock.isPlaying());
        clock.play();
        time.advance(100);
        assertEquals(100, clock.offset(), 1e-9);
    }

    @Test
    void aGrowingEndDoesNotStopAPlayingClock() {
        PlaybackClock clock = new PlaybackClock(time, 1_000);
        clock.play();
        time.advance(1_500);
        clock.setEndOffset(10_000);
        assertTrue(clock.isPlaying());
        assertEquals(1_500, clock.offset(), 1e-9);
        clock.setEndOffset(1_200);
        assertEquals(1_200, clock.offset(), 1e-9, "a shorter end stops it there");
        assertFalse(clock.isPlaying());
    }

    @Test
    void seekingWhilePlayingKeepsPlayingFromThere() {
        PlaybackClock clock = new PlaybackClock(time, 100_000);
        clock.play();
        time.advance(1_000);
        clock.seek(50_000);
        time.advance(1_000);
        assertEquals(51_000, clock.offset(), 1e-9);
        clock.seek(-5);
        assertEquals(0, clock.offset(), 1e-9);
    }

    @Test
    void skipInactivityJumpsOverInactivePeriods() {
        Inactivity inactivity = Inactivity.of(new long[] {0, 1_000, 10_000, 11_000, 40_000, 41_000},
                new byte[] {2, 2, 2, 2, 2, 2});
        PlaybackClock clock = new PlaybackClock(time, 41_001);
        clock.setInactivity(inactivity);
        clock.setSkipInactivity(true);
        clock.play();
        time.advance(900);
        assertEquals(900, clock.offset(), 1e-9);
        time.advance(200);
        assertEquals(10_100, clock.offset(), 1e-9, "1 s to 10 s took no time");
        clock.setSkipInactivity(false);
        time.advance(1_000);
        assertEquals(11_100, clock.offset(), 1e-9, "off again: the next quiet stretch plays in real time");
        clock.setSkipInactivity(true);
        time.advance(100);
        assertEquals(40_100, clock.offset(), 1e-9, "turned on inside a period: leaves it at once");
    }

    @Test
    void skippingDoesNotDependOnHowOftenTheClockIsRead() {
        Inactivity inactivity = Inactivity.of(new long[] {0, 1_000, 10_000, 11_000, 40_000, 41_000, 60_000},
                new byte[] {2, 2, 2, 2, 2, 2, 2});
        Random random = new Random(3);
        FakeTime other = new FakeTime();
        PlaybackClock often = new PlaybackClock(time, 60_001);
        PlaybackClock once = new PlaybackClock(other, 60_001);
        for (PlaybackClock clock : List.of(often, once)) {
            clock.setInactivity(inactivity);
            clock.setSkipInactivity(true);
            clock.setSpeed(2);
            clock.play();
        }
        for (int i = 0; i < 50; i++) {
            long step = random.nextInt(100);
            time.advance(step);
            other.advance(step);
            often.offset();
        }
        assertEquals(once.offset(), often.offset(), 1e-6);
    }

    /** A clock the test moves by hand. */
    static final class FakeTime implements TimeSource {
        private long nanos = 123 * MS;

        void advance(long millis) {
            nanos += millis * MS;
        }

        @Override
        public long nanos() {
            return nanos;
        }
    }
}
