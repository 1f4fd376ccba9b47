package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Recordings;
import dev.phreplay.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Through the real readers ({@link Recordings#open}), on every window of the rrweb and PostHog
 * fixtures: random seeks leave the state of replaying the window's events in order.
 */
class RecordingSeekTest {
    static Stream<Path> recordings() {
        List<Path> inputs = new ArrayList<>(Shared.rrwebFixtures());
        for (String name : List.of("mobile-incremental__increment-with-child-duplication.json",
                "mobile-snapshot-lines__encoded-snapshot-data.jsonl", "plugin-console__rrweb-console-events.json",
                "plugin-network__rrweb-network-event.json", "web-blob-v1-lines__recording_snapshots.jsonl",
                "derived/blob-v2-lines.compressed-cv-2024-10.jsonl", "derived/blob-v2-lines.jsonl",
                "derived/export-v1-2022-12-02.ph-recording.json", "derived/export-v2-2023-04-28.ph-recording.json")) {
            inputs.add(Shared.posthogFixture(name));
        }
        return inputs.stream();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void everyWindowSeeksLikeASequentialReplay(Path input) throws Exception {
        try (OpenedRecording recording = Recordings.open(input)) {
            assertFalse(recording.windowIds().isEmpty());
            for (String window : recording.windowIds()) {
                List<RawEvent> events = new ArrayList<>();
                try (EventCursor cursor = recording.events(window)) {
                    cursor.forEachRemaining(events::add);
                }
                CheckpointPolicy dense = new CheckpointPolicy(2, 1 << 20, Double.POSITIVE_INFINITY);
                try (Timeline<TraceState> timeline = Timeline.load(recording.events(window), TraceState::new,
                        TimelineOptions.DEFAULT.withCheckpoints(dense))) {
                    timeline.awaitLoaded();
                    assertEquals(events.size(), timeline.eventCount());
                    Random random = new Random(input.getFileName().toString().hashCode() ^ window.hashCode());
                    Seeker<TraceState> seeker = timeline.seeker();
                    for (int i = 0; i < 40; i++) {
                        long offset = random.nextInt(3) == 0 ? timeline.offsetOf(random.nextInt(timeline.eventCount()))
                                : (long) (random.nextDouble() * (timeline.endOffset() + 1));
                        seeker.seek(offset);
                        assertEquals(SeekerTest.expected(events, offset, true), seeker.state(),
                                input.getFileName() + " window " + window + " at " + offset);
                    }
                }
            }
        }
    }
}
