package dev.phreplay.cli;

import dev.phreplay.format.Finding;
import dev.phreplay.format.ImportedRecording;
import dev.phreplay.format.Manifest;
import dev.phreplay.format.Packer;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.Validation;
import dev.phreplay.format.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phreplay pack INPUT... -o OUT.phreplay}: import, write deterministically and atomically, validate. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Import one or more files of ONE recording (PostHog exports, snapshot JSON Lines, rrweb event arrays, "
                + "recording metadata) and write them as a .phreplay package.",
            "The same inputs always give the same bytes; the package is written atomically, then validated."})
public final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files of one recording, merged by window.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.phreplay", description = "The package to write.")
    Path output;

    @Option(names = "--id", description = "The recording id to record (default: the inputs' session id, else the first file's name).")
    String id;

    @Option(names = "--source", defaultValue = "file", description = "Where the recording came from: a PostHog host, or \"file\" (default).")
    String source;

    @Option(names = "--created", paramLabel = "ISO-TIME", description = "The creation time to record (default: the recording's last timestamp, never the clock).")
    String created;

    @Option(names = "--asset", paramLabel = "URL=FILE",
            description = "Pack FILE as the resource at URL (repeatable): the player shows it from the package instead of "
                    + "the network. It is kept at assets/<scheme>/<host>/<path> (docs/FORMAT.md).")
    List<String> assets = List.of();

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Instant createdAt = createdAt();
        for (Path input : inputs) {
            if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
                throw new ParameterException(spec.commandLine(), "the output " + output + " is also an input: inputs are never overwritten");
            }
        }
        Map<String, Path> assetFiles = assetFiles();
        err.println("importing " + inputs.size() + " input(s)...");
        ImportedRecording recording;
        try {
            recording = Recordings.importAll(inputs, limits.limits());
        } catch (RecordingException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        Manifest manifest;
        try (recording) {
            for (Finding warning : recording.warnings()) {
                err.println("  " + warning.describe());
            }
            err.println("writing " + output + "...");
            try {
                manifest = Packer.pack(recording, output, id, source, createdAt, assetFiles, line -> err.println("  " + line));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--asset: " + e.getMessage());
            }
        }
        err.println("validating " + output + "...");
        err.flush();
        ValidationReport report = Validation.check(output, limits.limits());
        for (Finding finding : report.findings()) {
            err.println("  " + finding.describe());
        }
        if (!report.valid()) {
            throw new InvalidInputException(output + ": the written package does not validate (" + report.errorCount() + " error(s))");
        }
        out.println(output + ": " + manifest.recording().eventCount() + " events in " + manifest.recording().windows().size()
                + " window(s), " + InfoCommand.duration(manifest.recording().durationMs()));
        return ExitCode.OK;
    }

    /** {@code URL=FILE} pairs, split at the last '=' (a URL's query has its own). */
    private Map<String, Path> assetFiles() throws NoSuchFileException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String asset : assets) {
            int split = asset.lastIndexOf('=');
            if (split <= 0 || split == asset.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--asset takes URL=FILE: " + asset);
            }
            Path file = Path.of(asset.substring(split + 1));
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "--asset file not found");
            }
            files.put(asset.substring(0, split), file);
        }
        return files;
    }

    private Instant createdAt() {
        if (created == null) {
            return null;
        }
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--created must be an ISO-8601 UTC time such as 2024-01-31T12:00:00Z: " + created);
        }
    }
}
