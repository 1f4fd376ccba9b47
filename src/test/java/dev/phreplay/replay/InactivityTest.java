package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** PostHog's segments: activity lapses 5 s after the last active event. */
class InactivityTest {
    private static final byte A = EventFlags.ACTIVE;
    private static final byte I = 0;

    @Test
    void aGapOfMoreThanFiveSecondsBetweenActiveEventsIsInactive() {
        Inactivity inactivity = of(new long[] {0, 1_000, 2_000, 9_000, 10_000}, A, A, A, A, A);
        assertEquals(List.of(new InactivePeriod(2_000, 9_000)), inactivity.periods());
    }

    @Test
    void exactlyFiveSecondsIsStillActive() {
        assertEquals(List.of(), of(new long[] {0, 5_000, 10_000}, A, A, A).periods());
        assertEquals(List.of(new InactivePeriod(5_000, 10_001)), of(new long[] {0, 5_000, 10_001}, A, A, A).periods());
    }

    @Test
    void inactiveEventsWithinFiveSecondsExtendTheActiveSegment() {
        // Mutations at 3 s and 4.5 s belong to the segment of the click at 0; the one at 7 s does not.
        Inactivity inactivity = of(new long[] {0, 3_000, 4_500, 7_000, 20_000, 21_000}, A, I, I, I, A, A);
        assertEquals(List.of(new InactivePeriod(4_500, 20_000)), inactivity.periods());
    }

    @Test
    void theLeadInAndTheTailAreInactive() {
        Inactivity inactivity = of(new long[] {0, 200, 1_000, 2_000, 30_000}, I, I, A, A, I);
        assertEquals(List.of(new InactivePeriod(0, 1_000), new InactivePeriod(2_000, 30_000)), inactivity.periods());
    }

    @Test
    void fullSnapshotsAndMetaAreActive() {
        byte[] flags = {EventFlags.of(4, -1), EventFlags.of(2, -1), EventFlags.of(3, 0), EventFlags.of(3, 2)};
        assertArrayEquals(new byte[] {A | EventFlags.META, A | EventFlags.FULL_SNAPSHOT, I, A}, flags);
        for (int source : new int[] {1, 2, 3, 4, 5, 6, 7, 12}) {
            assertTrue(EventFlags.isActiveSource(source), "source " + source);
        }
        for (int source : new int[] {0, 8, 9, 10, 11, 13, 14, 15, 16, 99, -1}) {
            assertFalse(EventFlags.isActiveSource(source), "source " + source);
        }
    }

    @Test
    void offsetsCountFromTheFirstEvent() {
        Inactivity inactivity = of(new long[] {1_000_000, 1_001_000, 1_020_000}, A, A, A);
        assertEquals(List.of(new InactivePeriod(1_000, 20_000)), inactivity.periods());
    }

    @Test
    void queriesFindTheNextActiveMoment() {
        Inactivity inactivity = of(new long[] {0, 1_000, 10_000, 11_000, 30_000}, A, A, A, A, A);
        assertEquals(500, inactivity.nextActiveMoment(500));
        assertEquals(10_000, inactivity.nextActiveMoment(1_000));
        assertEquals(10_000, inactivity.nextActiveMoment(4_000));
        assertEquals(10_000, inactivity.nextActiveMoment(10_000));
        assertEquals(30_000, inactivity.nextActiveMoment(12_000));
        assertEquals(OptionalLong.of(10_000), inactivity.nextActiveEvent(1_000));
        assertEquals(OptionalLong.of(1_000), inactivity.nextActiveEvent(999.5));
        assertEquals(OptionalLong.empty(), inactivity.nextActiveEvent(30_000));
        assertNull(inactivity.periodAt(10_000));
        assertEquals(new InactivePeriod(1_000, 10_000), inactivity.periodAt(1_000));
    }

    @Test
    void advancingSkipsThePeriodsItReaches() {
        Inactivity inactivity = of(new long[] {0, 1_000, 10_000, 11_000, 30_000}, A, A, A, A, A);
        assertEquals(800, inactivity.advanceSkipping(0, 800));
        assertEquals(10_000, inactivity.advanceSkipping(0, 1_000), "landing on a period's start skips it");
        assertEquals(10_500, inactivity.advanceSkipping(500, 1_000));
        assertEquals(30_600, inactivity.advanceSkipping(500, 2_100), "two periods in one step: 500 + 1000 + 600 ms played");
        assertEquals(10_200, inactivity.advanceSkipping(5_000, 200), "from inside a period");
    }

    @Test
    void peekReadsTypeAndSourceInAnyFieldOrder() {
        assertArrayEquals(new int[] {3, 5}, EventFlags.peek(bytes("{\"type\":3,\"data\":{\"source\":5,\"id\":1}}")));
        assertArrayEquals(new int[] {3, 2}, EventFlags.peek(bytes("{\"data\":{\"id\":1,\"x\":[1,{\"source\":9}],\"source\":2},\"timestamp\":1,\"type\":3}")));
        assertArrayEquals(new int[] {2, -1}, EventFlags.peek(bytes("{\"timestamp\":1,\"type\":2,\"data\":{\"node\":{}}}")));
        assertArrayEquals(new int[] {-1, -1}, EventFlags.peek(bytes("[1,2]")));
        assertArrayEquals(new int[] {3, -1}, EventFlags.peek(bytes("{\"type\":3,\"data\":{\"source\":")));
        assertEquals(0, EventFlags.of(bytes("not json")));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Inactivity of(long[] timestamps, byte... flags) {
        return Inactivity.of(timestamps, flags);
    }
}
