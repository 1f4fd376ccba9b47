package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.format.Finding;
import dev.phreplay.format.Validation;
import dev.phreplay.format.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phreplay validate FILE...}: every finding of every file; carries on past bad ones. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check .phreplay packages (or any importable recording) and print every finding.",
            "Exit 0 when every file is valid (warnings allowed), 1 when any has an error, 2 on a usage or I/O error."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Packages or PostHog/rrweb files to check.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON report: for one file {file, valid, errors, warnings, findings[]}; "
            + "for several {valid, files: [...]}.")
    boolean json;

    @Mixin
    LimitOptions limits;

    private record Outcome(Path file, ValidationReport report, String ioError) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Outcome outcome = check(file);
            outcomes.add(outcome);
            if (!json) {
                print(out, outcome);
            } else if (outcome.ioError != null) {
                err.println("phreplay: " + outcome.ioError);
            }
        }
        if (json) {
            printJson(out, outcomes);
        }
        if (outcomes.stream().anyMatch(o -> o.ioError != null)) {
            return ExitCode.USAGE_OR_IO;
        }
        return outcomes.stream().allMatch(o -> o.report.valid()) ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    private Outcome check(Path file) {
        try {
            return new Outcome(file, Validation.check(file, limits.limits()), null);
        } catch (NoSuchFileException e) {
            return new Outcome(file, null, "no such file: " + file);
        } catch (IOException e) {
            return new Outcome(file, null, "I/O error: " + e.getMessage());
        }
    }

    private static void print(PrintWriter out, Outcome outcome) {
        if (outcome.ioError != null) {
            out.println(outcome.file + ": " + outcome.ioError);
            return;
        }
        ValidationReport report = outcome.report;
        out.println(outcome.file + ": " + (report.valid() ? "valid" : "INVALID") + " (" + report.errorCount() + " error(s), "
                + report.warningCount() + " warning(s))");
        for (Finding finding : report.findings()) {
            out.println("  " + finding.describe());
        }
        out.flush();
    }

    private static void printJson(PrintWriter out, List<Outcome> outcomes) throws IOException {
        JsonOut.print(out, json -> {
            if (outcomes.size() == 1) {
                file(json, outcomes.getFirst());
                return;
            }
            json.writeStartObject();
            json.writeBooleanField("valid", outcomes.stream().allMatch(o -> o.report != null && o.report.valid()));
            json.writeArrayFieldStart("files");
            for (Outcome outcome : outcomes) {
                file(json, outcome);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void file(JsonGenerator json, Outcome outcome) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", outcome.file.toString());
        if (outcome.ioError != null) {
            json.writeBooleanField("valid", false);
            json.writeStringField("ioError", outcome.ioError);
            json.writeArrayFieldStart("findings");
            json.writeEndArray();
        } else {
            json.writeBooleanField("valid", outcome.report.valid());
            json.writeNumberField("errors", outcome.report.errorCount());
            json.writeNumberField("warnings", outcome.report.warningCount());
            JsonOut.findings(json, outcome.report.findings());
        }
        json.writeEndObject();
    }
}
