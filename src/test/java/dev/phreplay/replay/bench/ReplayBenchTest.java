package dev.phreplay.replay.bench;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import dev.phreplay.replay.ReplayState;
import dev.phreplay.replay.RrwebArrayRecording;
import dev.phreplay.replay.TimelineOptions;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReplayBenchTest {
    /** Counts events; enough to exercise the harness without the mirror. */
    static final class Counter implements ReplayState<Counter> {
        int applied;

        @Override
        public void apply(RecordedEvent event) {
            applied++;
        }

        @Override
        public Counter copy() {
            Counter copy = new Counter();
            copy.applied = applied;
            return copy;
        }
    }

    @Test
    void reportsEveryFigureOfTheContract() throws Exception {
        Path fixture = Shared.rrwebFixture("sample-events.json");
        ReplayBench<Counter> bench = new ReplayBench<>(Counter::new);
        BenchReport report = bench.run(fixture.toString(), () -> new RrwebArrayRecording(fixture),
                new ReplayBench.Options(25, 1, null, TimelineOptions.DEFAULT));

        long eventBytes = 0;
        int events = 0;
        for (JsonNode event : Json.mapper().readTree(Files.readAllBytes(fixture))) {
            eventBytes += Json.mapper().writeValueAsBytes(event).length;
            events++;
        }
        assertEquals(events, report.events());
        assertEquals(eventBytes, report.eventBytes());
        assertEquals(25, report.seeks());
        assertEquals(RrwebArrayRecording.WINDOW, report.windowId());
        assertTrue(report.frames() >= report.durationMs() / (16 * 1000 / 60), "one frame per 1/60 s at 16x");
        assertTrue(report.seekP50Ms() <= report.seekP95Ms() && report.seekP95Ms() <= report.seekMaxMs());
        assertTrue(report.peakHeapBytes() > 0);
        assertNull(report.loadFailure());

        JsonNode json = Json.mapper().readTree(report.toJson());
        for (String field : new String[] {"openMs", "firstFullSnapshotMs", "indexMs", "seekP50Ms", "seekP95Ms",
                "seekMaxMs", "peakHeapBytes"}) {
            assertTrue(json.path(field).isNumber(), field);
        }
        assertEquals(events, json.path("events").asInt());
        assertTrue(report.toText().contains("random seeks:"));
    }

    @Test
    void percentilesUseTheNearestRank() {
        Percentiles p = Percentiles.of(new double[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        assertEquals(10, p.p50());
        assertEquals(19, p.p95());
        assertEquals(20, p.max());
        assertEquals(20, p.count());
    }
}
