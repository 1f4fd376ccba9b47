package dev.phreplay.cli;

import dev.phreplay.format.Manifest;
import dev.phreplay.format.synthetic.SyntheticOptions;
import dev.phreplay.format.synthetic.SyntheticRecording;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phreplay generate}: a deterministic, long and heavy synthetic recording, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic recording: a full snapshot of a few thousand nodes, mouse moves, clicks, inputs, "
                + "scrolls, mutations adding, removing and changing nodes, console and network events, inactivity gaps "
                + "and a second full snapshot half-way.",
            "The same options always give the same bytes. It streams: memory stays flat whatever the size."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.phreplay", description = "The package to write.")
    Path output;

    @Option(names = "--minutes", defaultValue = "60", description = "The recording's length (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--mutations", defaultValue = "300000", description = "Mutation events (default: ${DEFAULT-VALUE}).")
    int mutations;

    @Option(names = "--size-mb", defaultValue = "0", description = "Raise the mutations until the uncompressed events reach about this size.")
    int sizeMb;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-added", defaultValue = "0", paramLabel = "N",
            description = "Keep at most N added cards on the page at once, so that it stops growing (default: 0, no "
                    + "limit: the page grows with the mutations).")
    int maxAdded;

    @Override
    public Integer call() throws IOException {
        SyntheticOptions options;
        try {
            options = new SyntheticOptions(minutes, mutations, sizeMb, seed, maxAdded);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Manifest manifest = SyntheticRecording.write(options, output, line -> {
            err.println(line);
            err.flush();
        });
        long bytes = manifest.entries().stream().filter(e -> e.path().startsWith(Manifest.WINDOWS_FOLDER))
                .mapToLong(Manifest.Entry::size).sum();
        spec.commandLine().getOut().println(output + ": " + manifest.recording().eventCount() + " events, "
                + bytes / (1024 * 1024) + " MB of events, " + InfoCommand.duration(manifest.recording().durationMs()));
        return ExitCode.OK;
    }
}
