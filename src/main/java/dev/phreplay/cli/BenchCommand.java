package dev.phreplay.cli;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.replay.CheckpointPolicy;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.TimelineOptions;
import dev.phreplay.replay.bench.BenchReport;
import dev.phreplay.replay.bench.ReplayBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phreplay bench FILE}: how fast a recording opens, indexes, seeks and plays, and its heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the player's engine on a recording: time to open, to rebuild the first full snapshot, "
                + "to index and checkpoint the window; random-seek latency (p50, p95, max); heap; and whether playing "
                + "at 16x keeps up with 60 frames per second. Run with the heap you mean to give the player (-Xmx).")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .phreplay package or a PostHog/rrweb file.")
    Path file;

    @Option(names = "--seeks", paramLabel = "N", description = "Random seeks to time (default: ${DEFAULT-VALUE}).")
    int seeks = 200;

    @Option(names = "--json", description = "Print JSON: openMs, firstFullSnapshotMs, indexMs, seekP50Ms, seekP95Ms, "
            + "seekMaxMs, peakHeapBytes, and more.")
    boolean json;

    @Option(names = "--window", paramLabel = "ID", description = "The window to load (default: the first).")
    String window;

    @Option(names = "--seed", description = "The seed of the random seek offsets (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--checkpoint-events", paramLabel = "K",
            description = "At most K events between checkpoints, heap budget allowing (default: ${DEFAULT-VALUE}).")
    int checkpointEvents = CheckpointPolicy.DEFAULT.maxEvents();

    @Option(names = "--checkpoint-heap", paramLabel = "RATIO",
            description = "Heap the checkpoints may hold per byte of event JSON (default: ${DEFAULT-VALUE}).")
    double checkpointHeap = CheckpointPolicy.DEFAULT.heapPerEventByte();

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ReplayBench.Options options = new ReplayBench.Options(validSeeks(), seed, window,
                TimelineOptions.DEFAULT.withCheckpoints(policy()));
        // As the player does when it opens a package: a damaged one is refused (exit 1), not measured.
        RecordingInputs.requireValidPackage(file, limits.limits());
        BenchReport report;
        try {
            report = new ReplayBench<>(MirrorState::new).run(file.toString(), this::open, options);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
        if (report.loadFailure() != null) {
            throw new InvalidInputException(file + ": reading the events stopped: " + report.loadFailure());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        out.flush();
        return ExitCode.OK;
    }

    private OpenedRecording open() throws IOException {
        return RecordingInputs.open(file, limits.limits());
    }

    private int validSeeks() {
        if (seeks < 1) {
            throw new ParameterException(spec.commandLine(), "--seeks must be at least 1, was " + seeks);
        }
        return seeks;
    }

    private CheckpointPolicy policy() {
        try {
            return CheckpointPolicy.DEFAULT.withMaxEvents(checkpointEvents).withHeapPerEventByte(checkpointHeap);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--checkpoint-events and --checkpoint-heap must be positive");
        }
    }
}
