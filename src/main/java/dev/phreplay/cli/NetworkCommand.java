package dev.phreplay.cli;

import dev.phreplay.inspect.HarExport;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import dev.phreplay.inspect.NetworkExport;
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

@Command(name = "network", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the network requests of a recording, as a table, JSON or a HAR 1.2 log.",
                "Times (t) are milliseconds after the recording's first event."})
public final class NetworkCommand implements Callable<Integer> {
    static final class Format {
        @Option(names = "--json", description = "A JSON array, one object per request (t, method, url, status, durationMs, timings...).")
        boolean json;

        @Option(names = "--har", description = "A HAR 1.2 log (pages are the recording's page views).")
        boolean har;
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
        Inspection inspection = InspectInput.inspect(file, limits.limits(),
                format.har ? Set.of(Inspector.Part.NETWORK, Inspector.Part.ACTIVITY) : Set.of(Inspector.Part.NETWORK),
                spec.commandLine().getErr()); // HAR pages are the activity's page views
        AtomicOutput.write(output, spec.commandLine().getOut(), out -> {
            if (format.json) {
                NetworkExport.json(inspection.network(), out);
            } else if (format.har) {
                HarExport.write(inspection, VersionProvider.version(), out);
            } else {
                NetworkExport.text(inspection.network(), out);
            }
        });
        return ExitCode.OK;
    }
}
