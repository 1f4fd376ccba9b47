package dev.phreplay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the player's rendering of FILE in the WebView, with no display needed, in the player's own "
                + "window: its default size, the transport bar, and the inspector panels docked beside the page and "
                + "following the playhead. FILE is opened as a user opens it.",
            "Open: the time from asking to open FILE to its page's first frame on the screen (the panels fill in "
                + "right after that frame, and their work is not counted in it).",
            "Seeks: random seeks, steps of 1 s back, and steps of 10 s back and forward, each made as the transport bar "
                + "makes it and timed to the painted frame (p50/p95/max), split into the core's seek (with the "
                + "position's listeners), the script, style and layout, and painting; with the size of the page drawn.",
            "Playing: event lateness at 1x, 8x and 16x from the start, once the page and panels have settled."})
public final class BenchRenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The recording (e.g. from 'phreplay generate').")
    Path file;

    @Option(names = "--seeks", defaultValue = "50", description = "Seeks of each kind to time (default: ${DEFAULT-VALUE}).")
    int seeks;

    @Option(names = "--play-seconds", defaultValue = "20", description = "Wall seconds to play at each speed (default: ${DEFAULT-VALUE}).")
    double playSeconds;

    @Option(names = "--no-inspector", description = "Show the page alone, without the inspector panels, to tell their cost from the page's.")
    boolean noInspector;

    @Override
    public Integer call() throws Exception {
        PlayerLauncher.benchRender(file, Math.max(1, seeks), Math.max(0.1, playSeconds), !noInspector, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
