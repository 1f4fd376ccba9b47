package dev.phreplay.cli;

import dev.phreplay.inspect.ConsoleExport;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the console log of a recording: console plugin lines, legacy logs",
                "and $exception events, repeats counted.",
                "Times (t) are milliseconds after the recording's first event."})
public final class ConsoleCommand implements Callable<Integer> {
    static final class Format {
        @Option(names = "--json", description = "A JSON array, one object per entry (t, time, level, message, args, trace, count...).")
        boolean json;

        @Option(names = "--csv", description = "CSV with a header row.")
        boolean csv;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A recording: a .phreplay package or any PostHog/rrweb export, snapshot lines or event array.")
    Path file;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Mixin
    LimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Inspection inspection = InspectInput.inspect(file, limits.limits(), Set.of(Inspector.Part.CONSOLE),
                spec.commandLine().getErr());
        AtomicOutput.write(output, spec.commandLine().getOut(), out -> {
            if (format.json) {
                ConsoleExport.json(inspection.console(), out);
            } else if (format.csv) {
                ConsoleExport.csv(inspection.console(), out);
            } else {
                ConsoleExport.text(inspection.console(), out);
            }
        });
        return ExitCode.OK;
    }
}
