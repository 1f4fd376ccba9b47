package dev.phreplay.replay.bench;

import dev.phreplay.event.RecordedEvent;
import dev.phreplay.event.RecordingEvents;
import dev.phreplay.replay.LoadProgress;
import dev.phreplay.replay.ReplayState;
import dev.phreplay.replay.Seeker;
import dev.phreplay.replay.Timeline;
import dev.phreplay.replay.TimelineOptions;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures a timeline on one recording: open, first page, indexing, random seeks, heap, and
 * whether 16x playback keeps up with 60 frames per second. Core code: the command line supplies
 * how to open a recording and which state to replay into.
 */
public final class ReplayBench<S extends ReplayState<S>> {
    static final double SPEED = 16;
    static final double FRAME_MS = 1000.0 / 60;

    /** Opens the recording under test; the bench closes it. {@code X}: the opener's own failure. */
    @FunctionalInterface
    public interface Opener<X extends Exception> {
        RecordingEvents open() throws IOException, X;
    }

    /**
     * @param windowId the window to load, or null for the first window
     */
    public record Options(int seeks, long seed, String windowId, TimelineOptions timeline) {
        public Options {
            if (seeks < 1) {
                throw new IllegalArgumentException("--seeks must be at least 1, was " + seeks);
            }
        }
    }

    private final Supplier<S> freshState;

    public ReplayBench(Supplier<S> freshState) {
        this.freshState = freshState;
    }

    public <X extends Exception> BenchReport run(String file, Opener<X> opener, Options options)
            throws IOException, InterruptedException, X {
        long eventsHeap = eventsRetained(opener, options);
        long heapBefore = HeapMeter.usedAfterGc();
        try (HeapMeter heap = new HeapMeter()) {
            long cpuStart = CpuClock.now();
            long start = System.nanoTime();
            try (RecordingEvents recording = opener.open()) {
                double openMs = since(start);
                double openCpuMs = CpuClock.since(cpuStart);
                String windowId = window(recording, options.windowId());
                long loadStart = System.nanoTime();
                Timeline<S> timeline = Timeline.load(recording.events(windowId), freshState, options.timeline());
                double firstMs = since(start);
                double firstCpuMs = CpuClock.since(cpuStart);
                LoadProgress loaded = timeline.awaitLoaded();
                double indexMs = since(loadStart);
                long retained = Math.max(0, HeapMeter.usedAfterGc() - heapBefore);
                Seeks seeks = seeks(timeline, options);
                Frames frames = playAt16x(timeline);
                timeline.close();
                return new BenchReport(file, windowId, timeline.eventCount(), timeline.eventBytes(), timeline.lastOffset(),
                        openMs, firstMs, indexMs, timeline.checkpointCount(), timeline.checkpointHeapBytes(), seeks.latency().count(), seeks.latency().p50(),
                        seeks.latency().p95(), seeks.latency().max(), seeks.maxEventsApplied(), retained, heap.peak(),
                        HeapMeter.maxHeap(), frames.cost().count(), FRAME_MS, frames.cost().p95(), frames.cost().max(),
                        frames.overBudget(), seeks.cpu().p50(), seeks.cpu().p95(), seeks.cpu().max(), frames.cpu().p95(),
                        frames.cpu().max(), openCpuMs, firstCpuMs, eventsHeap, loaded.failed() ? String.valueOf(loaded.failure().getMessage()) : null);
            }
        }
    }

    /** The heap the events alone retain once loaded: the same window replayed into a state that holds nothing. */
    private static <X extends Exception> long eventsRetained(Opener<X> opener, Options options)
            throws IOException, InterruptedException, X {
        long before = HeapMeter.usedAfterGc();
        try (RecordingEvents recording = opener.open();
             Timeline<Nothing> timeline = Timeline.load(recording.events(window(recording, options.windowId())),
                     Nothing::new, options.timeline())) {
            timeline.awaitLoaded();
            return Math.max(0, HeapMeter.usedAfterGc() - before);
        }
    }

    /** A replay state that keeps nothing, to weigh a timeline's events without a mirror. */
    private static final class Nothing implements ReplayState<Nothing> {
        @Override
        public void apply(RecordedEvent event) {}

        @Override
        public Nothing copy() {
            return new Nothing();
        }
    }

    private static String window(RecordingEvents recording, String wanted) {
        List<String> windows = recording.windowIds();
        if (wanted != null) {
            if (!windows.contains(wanted)) {
                throw new IllegalArgumentException("no window " + wanted + "; the windows are " + windows);
            }
            return wanted;
        }
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("the recording has no window with events");
        }
        return windows.getFirst();
    }

    record Seeks(Percentiles latency, Percentiles cpu, long maxEventsApplied) {}

    private Seeks seeks(Timeline<S> timeline, Options options) {
        Random random = new Random(options.seed());
        Seeker<S> seeker = timeline.seeker();
        double[] latency = new double[options.seeks()];
        double[] cpu = new double[options.seeks()];
        long maxApplied = 0;
        for (int i = 0; i < latency.length; i++) {
            long offset = (long) (random.nextDouble() * timeline.endOffset());
            long appliedBefore = seeker.eventsAppliedBySeeks();
            long cpuStart = CpuClock.now();
            long start = System.nanoTime();
            seeker.seek(offset);
            latency[i] = since(start);
            cpu[i] = CpuClock.since(cpuStart);
            maxApplied = Math.max(maxApplied, seeker.eventsAppliedBySeeks() - appliedBefore);
        }
        return new Seeks(Percentiles.of(latency), Percentiles.of(cpu), maxApplied);
    }

    record Frames(Percentiles cost, Percentiles cpu, int overBudget) {}

    /** Plays the whole window from the start as a 60 fps player at 16x would, timing each frame. */
    private Frames playAt16x(Timeline<S> timeline) {
        Seeker<S> seeker = timeline.newSeeker();
        seeker.seek(0);
        long end = timeline.endOffset();
        int count = (int) Math.ceil(end / (FRAME_MS * SPEED)) + 1;
        double[] cost = new double[count];
        double[] cpu = new double[count];
        int over = 0;
        for (int frame = 0; frame < count; frame++) {
            long offset = Math.min(end, (long) Math.floor((frame + 1) * FRAME_MS * SPEED));
            long cpuStart = CpuClock.now();
            long start = System.nanoTime();
            seeker.advanceTo(offset);
            cost[frame] = since(start);
            cpu[frame] = CpuClock.since(cpuStart);
            if (cost[frame] > FRAME_MS) {
                over++;
            }
        }
        return new Frames(Percentiles.of(cost), Percentiles.of(cpu), over);
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
