package dev.phreplay.cli;

import dev.phreplay.ui.app.FxStartup;
import dev.phreplay.ui.app.Openers;
import dev.phreplay.ui.app.PlayerApp;
import dev.phreplay.ui.app.RenderBench;
import dev.phreplay.ui.app.RenderedDumps;
import dev.phreplay.ui.app.Screenshots;
import dev.phreplay.ui.render.AssetScheme;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The command line's only door into the JavaFX player ({@code ui}): opening, screenshots, rendered dumps. */
public final class PlayerLauncher {
    private PlayerLauncher() {}

    public static boolean displayAvailable() {
        return FxStartup.displayAvailable();
    }

    /** Opens the player (blocking until it closes), or hands {@code file} to the running one. */
    public static int open(Path file, PrintWriter err) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString()));
        }
        if (!displayAvailable()) {
            err.println("phreplay: no display: the player needs a desktop session"
                    + " (use 'phreplay screenshot FILE --at MS -o OUT.png' to render without one)");
            return ExitCode.USAGE_OR_IO;
        }
        try {
            PlayerApp.run(file, Openers.standard());
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.USAGE_OR_IO;
        }
    }

    public static void screenshot(Path file, String window, long at, Path out, Integer width, Integer height)
            throws IOException, InterruptedException {
        try (PlayerRecording recording = openRecording(file); WindowPlayback playback = window(recording, window);
             AssetScheme.Registration assets = AssetScheme.register(recording::asset)) {
            Screenshots.capture(playback, at, width, height, assets.localUrls(recording.assetEntries()), out);
        }
    }

    /** One JSON snapshot object per time, as the WebView renders the mirror. */
    public static List<String> renderedDump(Path file, String window, List<Long> times) throws IOException, InterruptedException {
        try (PlayerRecording recording = openRecording(file); WindowPlayback playback = window(recording, window)) {
            return RenderedDumps.dump(playback, times);
        }
    }

    public static void benchRender(Path file, int seeks, double playSeconds, boolean withInspector, PrintWriter out)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        // An invalid recording is invalid input (exit 1), found out as the player finds it out.
        List<Finding> invalid = RenderBench.run(file, Openers.standard(), seeks, playSeconds, withInspector, out);
        if (!invalid.isEmpty()) {
            throw rejection(file, new OpenOutcome.Rejected(file, invalid));
        }
    }

    private static PlayerRecording openRecording(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        PlayerRecording recording = switch (Openers.standard().open(file, progress -> {})) {
            case OpenOutcome.Opened opened -> opened.recording();
            case OpenOutcome.Rejected rejected -> throw rejection(file, rejected);
        };
        // Batch work waits for the full verification: an invalid package is refused, as validate would.
        List<Finding> findings = recording.verification().join();
        if (findings.stream().anyMatch(Finding::isError)) {
            recording.close();
            throw rejection(file, new OpenOutcome.Rejected(file, findings));
        }
        return recording;
    }

    private static InvalidInputException rejection(Path file, OpenOutcome.Rejected rejected) {
        return new InvalidInputException(file + " is not a valid recording:\n"
                + rejected.findings().stream().map(PlayerLauncher::line).collect(Collectors.joining("\n")));
    }

    private static String line(Finding finding) {
        return "  " + finding.severity().name().toLowerCase(Locale.ROOT) + " " + finding.where() + ": "
                + finding.message();
    }

    private static WindowPlayback window(PlayerRecording recording, String window) throws IOException {
        List<String> ids = recording.windowIds();
        if (window != null && !ids.contains(window)) {
            throw new InvalidInputException(recording.file() + " has no window '" + window + "' (windows: "
                    + String.join(", ", ids) + ")");
        }
        return recording.openWindow(window == null ? ids.getFirst() : window);
    }
}
