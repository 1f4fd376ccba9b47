package dev.phreplay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;

/** Builds the picocli command line and maps failures to the exit-code convention. */
public final class Cli {
    private Cli() {}

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = commandLine(debug);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(boolean debug) {
        CommandLine commandLine = new CommandLine(new PhreplayCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> handle(exception, line, debug));
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("phreplay: " + exception.getMessage());
            err.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE_OR_IO;
        });
        return commandLine;
    }

    private static int handle(Exception exception, CommandLine line, boolean debug) {
        PrintWriter err = line.getErr();
        err.println("phreplay: " + message(exception));
        if (debug) {
            exception.printStackTrace(err);
        }
        return exception instanceof InvalidInputException ? ExitCode.INVALID_INPUT : ExitCode.USAGE_OR_IO;
    }

    private static String message(Throwable exception) {
        Throwable shown = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
        String message = shown.getMessage();
        if (shown instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        if (shown instanceof IOException) {
            return "I/O error: " + (message == null ? shown.getClass().getSimpleName() : message);
        }
        return message == null ? shown.getClass().getSimpleName() : message;
    }
}
