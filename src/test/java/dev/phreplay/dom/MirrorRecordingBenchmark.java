package dev.phreplay.dom;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Recordings;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A manual benchmark (not a test) on a real or generated recording: decode, apply every event,
 * checkpoint copies every N events, and a final dump.
 * Run: java -cp target/classes:target/test-classes:$(deps) dev.phreplay.dom.MirrorRecordingBenchmark FILE [N]
 */
public final class MirrorRecordingBenchmark {
    private MirrorRecordingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<RecordedEvent> events = new ArrayList<>();
        long start = System.nanoTime();
        try (OpenedRecording recording = Recordings.open(file)) {
            try (EventCursor cursor = recording.events(recording.windowIds().getFirst())) {
                while (cursor.hasNext()) {
                    events.add(cursor.next().decode());
                }
            }
        }
        long decoded = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            Mirror mirror = new Mirror();
            List<Mirror> checkpoints = new ArrayList<>();
            long copyNanos = 0;
            long applyStart = System.nanoTime();
            for (int i = 0; i < events.size(); i++) {
                mirror.apply(events.get(i));
                if (i % every == every - 1) {
                    long c = System.nanoTime();
                    checkpoints.add(mirror.copy());
                    copyNanos += System.nanoTime() - c;
                }
            }
            long applied = System.nanoTime();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            long dumpStart = System.nanoTime();
            try (var g = DomDump.generator(OutputStream.nullOutputStream())) {
                DomDump.writeSnapshot(g, 0, mirror);
            }
            long dumped = System.nanoTime();
            System.out.printf("round %d: %d events decoded in %.0f ms; applied in %.0f ms (%.0f events/s, copies excluded); "
                            + "%d nodes at the end; %d checkpoints, %.1f ms per copy; heap with them %.0f MB; dump %.0f ms; "
                            + "skipped %s%n", round, events.size(), (decoded - start) / 1e6,
                    (applied - applyStart - copyNanos) / 1e6, events.size() / ((applied - applyStart - copyNanos) / 1e9),
                    mirror.size(), checkpoints.size(), copyNanos / 1e6 / Math.max(1, checkpoints.size()), used / 1e6,
                    (dumped - dumpStart) / 1e6, mirror.skipped().asMap());
        }
    }
}
