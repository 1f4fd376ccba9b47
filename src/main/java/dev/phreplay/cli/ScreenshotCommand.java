package dev.phreplay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "screenshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Render the page at a time into a PNG, as the player shows it (no display needed).",
            "Without --width/--height the image has the recorded viewport size; with them the page is scaled to fit."})
public final class ScreenshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The recording.")
    Path file;

    @Option(names = "--at", required = true, paramLabel = "MS", description = "Milliseconds after the first event.")
    long at;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.png", description = "The PNG to write (atomically).")
    Path output;

    @Option(names = "--width", paramLabel = "W", description = "Image width in pixels.")
    Integer width;

    @Option(names = "--height", paramLabel = "H", description = "Image height in pixels.")
    Integer height;

    @Option(names = "--window", paramLabel = "ID", description = "The window (default: the first).")
    String window;

    @Override
    public Integer call() throws Exception {
        if (at < 0) {
            throw new ParameterException(spec.commandLine(), "--at must not be negative: " + at);
        }
        if ((width == null) != (height == null) || width != null && (width < 1 || height < 1 || width > 16_384 || height > 16_384)) {
            throw new ParameterException(spec.commandLine(), "--width and --height go together, each 1..16384");
        }
        PlayerLauncher.screenshot(file, window, at, output, width, height);
        spec.commandLine().getOut().println("wrote " + output);
        return ExitCode.OK;
    }
}
