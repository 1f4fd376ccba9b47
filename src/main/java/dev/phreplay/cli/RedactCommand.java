package dev.phreplay.cli;

import dev.phreplay.format.Finding;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Validation;
import dev.phreplay.format.ValidationReport;
import dev.phreplay.redact.RedactCopy;
import dev.phreplay.redact.RedactionException;
import dev.phreplay.redact.RedactionRules;
import dev.phreplay.redact.RulesException;
import dev.phreplay.redact.Tally;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phreplay redact FILE [--rules R] -o OUT [--report REPORT.json]}: a redacted copy, validated. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Write a redacted copy of a recording as a new .phreplay package, and optionally a report of what was removed.",
            "The input is never modified; the copy is written atomically, then validated. Rules: docs/REDACTION.md."})
public final class RedactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .phreplay package or any recording file phreplay opens.")
    Path input;

    @Option(names = "--rules", paramLabel = "RULES.json", description = "The redaction rules (default: the default rules, see docs/REDACTION.md).")
    Path rules;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.phreplay", description = "The package to write.")
    Path output;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Also write a report: per rule, how many occurrences were removed, in which entries and at which events (never the values).")
    Path report;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        refuseOverwritingTheInput();
        RedactionRules chosen = readRules();
        RedactCopy.Result result;
        try (OpenedRecording recording = RecordingInputs.open(input, limits.limits())) {
            err.println("redacting " + input + " into " + output + "...");
            err.flush();
            long start = System.nanoTime();
            result = RedactCopy.write(recording, chosen, output, report);
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            err.printf("  %d events, %.1f MB of events redacted and written in %.1f s (%.1f MB/s)%n", result.tally().events(),
                    result.tally().eventBytes() / 1e6, seconds, result.tally().eventBytes() / 1e6 / seconds);
            err.println("validating " + output + "...");
            err.flush();
        } catch (RedactionException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        ValidationReport validation = Validation.check(output, limits.limits());
        for (Finding finding : validation.findings()) {
            err.println("  " + finding.describe());
        }
        if (!validation.valid()) {
            throw new InvalidInputException(output + ": the redacted package does not validate (" + validation.errorCount() + " error(s))");
        }
        Tally tally = result.tally();
        out.println(output + ": " + result.manifest().recording().eventCount() + " events, " + tally.total() + " occurrences removed");
        tally.counts().forEach((rule, count) -> out.println("  " + rule + ": " + count));
        if (report != null) {
            out.println("report: " + report);
        }
        return ExitCode.OK;
    }

    private RedactionRules readRules() throws IOException {
        try {
            return RedactCopy.rules(rules);
        } catch (RulesException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private void refuseOverwritingTheInput() throws IOException {
        for (Path target : report == null ? new Path[] {output} : new Path[] {output, report}) {
            if (Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target)) {
                throw new ParameterException(spec.commandLine(), target + " is the input: the original is never overwritten");
            }
        }
        if (report != null && output.toAbsolutePath().normalize().equals(report.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "--report and --output name the same file");
        }
    }
}
