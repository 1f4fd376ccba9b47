package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On every rrweb fixture, random seeks leave the state of a sequential replay. */
class FixtureSeekTest {
    static Stream<Path> fixtures() {
        return Shared.rrwebFixtures().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void seeksEqualSequentialReplay(Path fixture) throws Exception {
        List<RawEvent> events = new ArrayList<>();
        try (EventCursor cursor = new RrwebArrayRecording(fixture).events(RrwebArrayRecording.WINDOW)) {
            cursor.forEachRemaining(events::add);
        }
        List<RawEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(RawEvent::timestamp));
        Random random = new Random(fixture.getFileName().toString().hashCode());
        CheckpointPolicy small = new CheckpointPolicy(3, 1 << 20, Double.POSITIVE_INFINITY);
        try (Timeline<TraceState> timeline = SeekerTest.loaded(events, small, true)) {
            assertEquals(events.size(), timeline.eventCount());
            Seeker<TraceState> seeker = timeline.seeker();
            for (int i = 0; i < 60; i++) {
                long offset = random.nextInt(4) == 0 ? timeline.offsetOf(random.nextInt(timeline.eventCount()))
                        : (long) (random.nextDouble() * (timeline.endOffset() + 1));
                seeker.seek(offset);
                assertEquals(SeekerTest.expected(sorted, offset, true), seeker.state(), fixture + " at " + offset);
            }
        }
    }
}
