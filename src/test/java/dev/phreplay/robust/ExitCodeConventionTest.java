package dev.phreplay.robust;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.cli.Cli;
import dev.phreplay.cli.PhreplayCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every registered subcommand (read from {@link PhreplayCommand}'s picocli spec, so new ones are
 * covered as they are added) keeps the exit-code convention: 0 for {@code --help}, 2 for an unknown
 * option or a missing file, 1 for a damaged input; never a stack trace without {@code --debug}.
 */
class ExitCodeConventionTest {
    @TempDir
    Path folder;
    private final AtomicInteger outputs = new AtomicInteger();

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @TestFactory
    Stream<DynamicNode> everySubcommandKeepsTheConvention() throws IOException {
        Map<String, byte[]> damaged = damagedInputs();
        Map<String, CommandLine> subcommands = new CommandLine(new PhreplayCommand()).getSubcommands();
        assertTrue(subcommands.keySet().containsAll(List.of("validate", "info", "pack", "generate")), subcommands.keySet().toString());
        return subcommands.entrySet().stream().map(command -> DynamicContainer.dynamicContainer(command.getKey(),
                tests(command.getKey(), command.getValue().getCommandSpec(), damaged)));
    }

    private Stream<DynamicTest> tests(String name, CommandSpec spec, Map<String, byte[]> damagedInputs) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("--help exits 0", () -> {
            Run run = run(name, "--help");
            assertEquals(0, run.exit, run.all());
            assertTrue(run.out.contains("Usage:"), run.out);
        }));
        tests.add(DynamicTest.dynamicTest("an unknown option exits 2", () -> {
            // With its required arguments given, so that the unknown option is the only mistake.
            List<String> args = new ArrayList<>(takesAFile(spec)
                    ? Arrays.asList(args(name, spec, Path.of("sample-packages/export-v2.phreplay")))
                    : List.of(args(name, spec, null)));
            args.add(1, "--no-such-option");
            Run run = run(args.toArray(String[]::new));
            assertEquals(2, run.exit, run.all());
            assertTrue(run.err.contains("--no-such-option"), "the error names the option: " + run.err);
            noStackTrace(run);
        }));
        if (takesAFile(spec)) {
            tests.add(DynamicTest.dynamicTest("a missing file exits 2", () -> {
                Path missing = folder.resolve("no-such-file.phreplay");
                Run run = run(args(name, spec, missing));
                assertEquals(2, run.exit, run.all());
                assertTrue(run.all().contains("no-such-file.phreplay"), "the message names the file: " + run.all());
                noStackTrace(run);
            }));
            for (Map.Entry<String, byte[]> damaged : damagedInputs.entrySet()) {
                tests.add(DynamicTest.dynamicTest("a damaged input (" + damaged.getKey() + ") exits 1", () -> {
                    Path file = Files.write(folder.resolve(damaged.getKey()), damaged.getValue());
                    Run run = run(args(name, spec, file));
                    // The player cannot start without a display (exit 2 before it reads the file).
                    Assumptions.assumeFalse(run.exit == 2 && run.err.contains("no display"), "no display for " + name);
                    assertEquals(1, run.exit, run.all());
                    assertTrue(run.all().contains(damaged.getKey()), "the message names the file: " + run.all());
                    noStackTrace(run);
                }));
            }
        }
        return tests.stream();
    }

    /** Damaged inputs: a cut package, a package whose event line is broken under recomputed checksums, a cut export. */
    private static Map<String, byte[]> damagedInputs() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("sample-packages/export-v2.phreplay"));
        List<HostileVariants.Entry> entries = HostileVariants.entries(Path.of("sample-packages/export-v2.phreplay"));
        List<HostileVariants.Entry> broken = new ArrayList<>(entries);
        for (int i = 0; i < broken.size(); i++) {
            HostileVariants.Entry entry = broken.get(i);
            if (entry.name().equals("windows/0.jsonl")) {
                String text = new String(entry.content(), StandardCharsets.UTF_8);
                broken.set(i, new HostileVariants.Entry(entry.name(), text.replaceFirst("\\{\"type\":2,", "{\"type\":2,,")
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return Map.of(
                "cut.phreplay", Arrays.copyOf(sample, sample.length / 2),
                "broken-event.phreplay", HostileVariants.resealedZip(broken),
                "cut-export.json", "{\"version\":\"2023-04-28\",\"data\":{\"snapshots\":[{\"type\":4,".getBytes(StandardCharsets.UTF_8));
    }

    /** The command with a value for each required option (a fresh output path for a Path) and {@code file} as its input. */
    private String[] args(String name, CommandSpec spec, Path file) {
        List<String> args = new ArrayList<>(List.of(name));
        for (OptionSpec option : spec.options()) {
            // Options of an exclusive group count as "required" within their group only; flags take no value.
            if (option.required() && option.group() == null && option.arity().max() > 0) {
                args.add(option.longestName());
                args.add(isPath(option) ? folder.resolve("out-" + outputs.incrementAndGet() + ".phreplay").toString() : "0");
            }
        }
        if (file != null) {
            args.add(file.toString());
        }
        return args.toArray(String[]::new);
    }

    private static boolean takesAFile(CommandSpec spec) {
        return spec.positionalParameters().stream().anyMatch(ExitCodeConventionTest::isPath);
    }

    private static boolean isPath(ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type()) || java.io.File.class.isAssignableFrom(arg.type())
                || Arrays.stream(arg.auxiliaryTypes()).anyMatch(Path.class::isAssignableFrom);
    }

    private static void noStackTrace(Run run) {
        assertFalse(run.all().contains("\tat ") || run.all().contains("Exception:"), "no stack trace without --debug: " + run.all());
    }

    /** Runs the command line; a command that blocks (e.g. one that opened a window) fails the test. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                () -> Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args), () -> String.join(" ", args));
        return new Run(exit, out.toString(), err.toString());
    }
}
