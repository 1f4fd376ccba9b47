package dev.phreplay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phreplay help [COMMAND]}. Replaces picocli's built-in help command, which, being a help
 * request, accepted unknown options silently (exit 0); this one is checked like any command (exit 2).
 */
@Command(name = "help", mixinStandardHelpOptions = true, description = "Display help information about the specified command.")
public final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to show the usage of.")
    String command;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        CommandLine shown = command == null ? parent : parent.getSubcommands().get(command);
        if (shown == null) {
            throw new ParameterException(spec.commandLine(), "Unknown subcommand '" + command + "'.");
        }
        shown.usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
