package dev.phreplay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command. Each subcommand lives in its own class; register it on its own line below. */
@Command(name = "phreplay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Play, check and convert PostHog session recordings, offline.",
        subcommands = {
            HelpCommand.class,
            OpenCommand.class,
            ScreenshotCommand.class,
            BenchRenderCommand.class,
            ConsoleCommand.class,
            NetworkCommand.class,
            ValidateCommand.class,
            InfoCommand.class,
            PackCommand.class,
            GenerateCommand.class,
            DomCommand.class,
            BenchCommand.class,
            RedactCommand.class,
        })
public final class PhreplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Open FILE in the player (same as 'open FILE').")
    java.nio.file.Path file;

    /** With no command: the player (FILE optional); without a display and FILE, the usage. */
    @Override
    public Integer call() {
        if (file == null && !PlayerLauncher.displayAvailable()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCode.OK;
        }
        return PlayerLauncher.open(file, spec.commandLine().getErr());
    }
}
