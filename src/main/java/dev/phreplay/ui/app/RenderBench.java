package dev.phreplay.ui.app;

import dev.phreplay.ui.inspector.InspectorLayout;
import dev.phreplay.ui.inspector.InspectorPane;
import dev.phreplay.ui.player.PlaybackViewModel;
import dev.phreplay.ui.player.RecentFiles;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.player.TimeFormat;
import dev.phreplay.ui.render.AfterPaint;
import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.RecordingOpener;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the player's rendering (a benchmark, not a test): open to first frame, seek to
 * rendered frame, and how late events are drawn while playing at 1× and 8×. An event applied in a
 * frame was due at the earliest right after the previous frame began, so its lateness is at most
 * the gap between the two frames plus the time the frame took to apply and draw.
 */
public final class RenderBench {
    private static final long LATE_MS = 33;
    /** Per seek: the total, the core's seek, the script, style and layout, painting; and the page's size. */
    private static final int PHASES = 6;
    /** Longer than the panels' refresh period, so their catch-up after a seek is not timed as playback. */
    private static final long SETTLE_MS = 500;
    private final PrintWriter out;

    private final boolean withInspector;

    private RenderBench(PrintWriter out, boolean withInspector) {
        this.out = out;
        this.withInspector = withInspector;
    }

    /**
     * Runs the benchmark, printing its figures to {@code out}.
     *
     * @return the findings that make the file invalid (its full verification runs beside the first
     *     frame, as in the player), or an empty list for a valid file
     */
    public static List<Finding> run(Path file, RecordingOpener opener, int seeks, double playSeconds, PrintWriter out)
            throws IOException, InterruptedException {
        return run(file, opener, seeks, playSeconds, true, out);
    }

    /** {@code withInspector} false: the page alone, to tell the panels' cost from the page's. */
    public static List<Finding> run(Path file, RecordingOpener opener, int seeks, double playSeconds, boolean withInspector,
                                    PrintWriter out) throws IOException, InterruptedException {
        // As in the player, the core warms up while the toolkit and the web view start; the timing
        // starts once it is done, as when a user opens a file in a running player.
        CompletableFuture<Void> warm = opener.warmUp();
        FxStartup.start(!FxStartup.displayAvailable());
        try {
            warm.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            out.println("the core did not warm up: the first open is timed cold");
        }
        return new RenderBench(out, withInspector).measure(file, opener, seeks, playSeconds);
    }

    private List<Finding> measure(Path file, RecordingOpener opener, int seeks, double playSeconds)
            throws IOException, InterruptedException {
        Preferences settings = Preferences.userRoot().node("dev/phreplay/bench-render");
        Stage[] shown = new Stage[1];
        try {
            // The player's own window, at its own size: the page, the transport bar, and the inspector
            // panels docked beside the page and following the playhead.
            PlayerWindow player = onFx(() -> {
                shown[0] = new Stage();
                PlayerWindow window = PlayerWindow.create(shown[0], opener, new RecentFiles(settings.node("recent")),
                        withInspector ? new InspectorPane(new InspectorLayout(settings.node("layout"))) : null);
                shown[0].show();
                return window;
            });
            return measure(file, player, seeks, playSeconds);
        } finally {
            if (shown[0] != null) {
                onFx(() -> {
                    shown[0].close();
                    return null;
                });
            }
            removeQuietly(settings);
        }
    }

    private List<Finding> measure(Path file, PlayerWindow player, int seeks, double playSeconds)
            throws IOException, InterruptedException {
        waitReady(player.viewport().page());
        // The window has been laid out and styled once, as a running player's has when a file is opened.
        onFx(() -> {
            player.view().stage().getScene().getRoot().applyCss();
            player.view().stage().getScene().getRoot().layout();
            return null;
        });
        FirstFrame first = FirstFrame.open(player.model(), file);
        if (first.rejected() != null) {
            return first.rejected().findings();
        }
        PlaybackViewModel model = first.playback();
        WindowPlayback window = model.playback();
        PlayerRecording recording = player.model().recordingProperty().get();
        long painted = waitForPaint(first.painted());
        out.printf("open to first frame (painted): %d ms (%s, %d window(s), %s long)%n", (painted - first.start()) / 1_000_000,
                file.getFileName(), recording.windowIds().size(), TimeFormat.offset(window.duration()));
        out.printf("  of which opening and reading to the first full snapshot %d ms, building the page %d ms,"
                + " style, layout and painting %d ms%n", (first.opened() - first.start()) / 1_000_000,
                (first.built() - first.opened()) / 1_000_000, (painted - first.built()) / 1_000_000);
        long indexing = System.nanoTime();
        while (window.loadedFraction() < 1) {
            Thread.sleep(50);
        }
        out.printf("whole window read and indexed: %d ms after the first frame%n", millis(indexing));
        if (player.inspector() != null) {
            // the panel that follows the playhead most closely, and costs most, in front
            onFx(() -> {
                player.inspector().selectPanel(InspectorPane.Panel.DOM);
                return null;
            });
        }
        seeks(model, player.viewport(), seeks);
        out.printf("inspector: %s%n", player.inspector() == null ? "hidden (--no-inspector)"
                : "docked; inspection " + (recording.inspection().isDone() ? "shown" : "not finished yet"));
        play(model, 1, playSeconds);
        play(model, 8, playSeconds);
        play(model, 16, playSeconds);
        List<Finding> findings = recording.verification().join();
        return findings.stream().anyMatch(Finding::isError) ? findings : List.of();
    }

    private static void removeQuietly(Preferences node) {
        try {
            node.removeNode();
        } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
            // a left-over settings node of the benchmark is harmless
        }
    }

    /** Random seeks anywhere, then steps from random moments: 1 s back (Left), 10 s back and forward (Shift+Left/Right). */
    private void seeks(PlaybackViewModel model, ViewportPane viewport, int count) throws InterruptedException {
        Random random = new Random(42);
        long duration = (long) model.duration();
        SeekTimer timer = onFx(() -> new SeekTimer(model, viewport));
        double[][] far = new double[PHASES][count];
        for (int i = 0; i < count; i++) {
            timer.time((long) (random.nextDouble() * duration), far, i);
        }
        report(count + " random seeks", far);
        report(count + " steps of 1 s back", steps(timer, random, duration, -1_000, count));
        report(count + " steps of 10 s back", steps(timer, random, duration, -10_000, count));
        report(count + " steps of 10 s forward", steps(timer, random, duration, 10_000, count));
    }

    private static double[][] steps(SeekTimer timer, Random random, long duration, long step, int count)
            throws InterruptedException {
        double[][] phases = new double[PHASES][count];
        for (int i = 0; i < count; i++) {
            // a recording shorter than the step is stepped to its start or end
            long span = Math.max(0, duration - Math.abs(step));
            long from = Math.min(duration, Math.max(0, -step) + (long) (random.nextDouble() * span));
            long to = Math.clamp(from + step, 0, duration);
            timer.moveTo(from);
            nextPaintedFrame();
            timer.time(to, phases, i);
        }
        return phases;
    }

    /**
     * Seeks as the transport bar, the keys and the timeline do (through the playback's view-model,
     * with every listener of the player and its panels), and splits the time to the painted frame:
     * the core's part with the position's listeners (until the bench's own listener, added last, hears
     * the position move), the script that changes the page, WebKit's style and layout, and the wait
     * for the pulse that paints it.
     */
    private static final class SeekTimer {
        private final PlaybackViewModel model;
        private final ViewportPane viewport;
        private long positionMovedAt;

        SeekTimer(PlaybackViewModel model, ViewportPane viewport) {
            this.model = model;
            this.viewport = viewport;
            model.positionProperty().addListener((property, old, now) -> positionMovedAt = System.nanoTime());
        }

        void moveTo(long offset) throws InterruptedException {
            onFx(() -> {
                model.seek(offset);
                return null;
            });
        }

        void time(long target, double[][] phases, int n) throws InterruptedException {
            long[] start = new long[1];
            CompletableFuture<Long> painted = onFx(() -> {
                CompletableFuture<Long> frame = whenPainted();
                positionMovedAt = 0;
                start[0] = System.nanoTime();
                model.seek(target);
                long scripted = System.nanoTime();
                long sought = positionMovedAt == 0 ? start[0] : positionMovedAt;
                viewport.page().layOut();
                long laidOut = System.nanoTime();
                phases[1][n] = (sought - start[0]) / 1e6;
                phases[2][n] = (scripted - sought) / 1e6;
                phases[3][n] = (laidOut - scripted) / 1e6;
                return frame;
            });
            phases[0][n] = (waitForPaint(painted) - start[0]) / 1e6;
            phases[4][n] = phases[0][n] - phases[1][n] - phases[2][n] - phases[3][n];
            phases[5][n] = onFx(() -> viewport.page().renderer().shownNodeCount());
        }
    }

    private void report(String what, double[][] phases) {
        out.printf("seek to painted frame (%s): %s%n", what, stats(phases[0]));
        out.printf("  of which the core's seek (and the listeners of the position): %s%n", stats(phases[1]));
        out.printf("  of which changing the page (script): %s%n", stats(phases[2]));
        out.printf("  of which style and layout: %s%n", stats(phases[3]));
        out.printf("  of which painting (until the frame is on the screen): %s%n", stats(phases[4]));
        out.printf("  the page drawn: %s%n", counts(phases[5], "nodes"));
    }

    /** When the frame laid out now is on the screen ({@link AfterPaint}). */
    private static long nextPaintedFrame() throws InterruptedException {
        return waitForPaint(onFx(RenderBench::whenPainted));
    }

    /**
     * When the frame prepared by the current FX task is on the screen. Called first in the task, it
     * is told before any work that the task's changes post for after that frame (panels following
     * the playhead), which would otherwise be counted as painting.
     */
    private static CompletableFuture<Long> whenPainted() {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        AfterPaint.run(() -> painted.complete(System.nanoTime()));
        return painted;
    }

    private static long waitForPaint(CompletableFuture<Long> painted) throws InterruptedException {
        try {
            return painted.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no frame was painted", e);
        }
    }

    private void play(PlaybackViewModel model, double speed, double seconds) throws InterruptedException {
        List<double[]> frames = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
            model.seek(0);
            model.speedProperty().set(speed);
            model.skipInactiveProperty().set(false);
            return null;
        });
        // Playback is timed from a settled player, as when a user presses play: the seek's frame, and the
        // panels' refresh that follows it (at most every 250 ms), are the seek's cost.
        nextPaintedFrame();
        Thread.sleep(SETTLE_MS);
        nextPaintedFrame();
        onFx(() -> {
            model.play();
            // The player's own frame timer ticks the clock; this one runs after it in each pulse, and a
            // pulse's timers all get the time the pulse began.
            new AnimationTimer() {
                private long first = -1;
                private long previousPulse = -1;

                @Override
                public void handle(long now) {
                    long ticked = System.nanoTime();
                    double work = (ticked - now) / 1e6;
                    if (previousPulse > 0) {
                        frames.add(new double[] {(ticked - previousPulse) / 1e6, work});
                    }
                    previousPulse = now;
                    first = first < 0 ? now : first;
                    if (!model.isPlaying() || (now - first) / 1e9 > seconds) {
                        model.pause();
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
            return null;
        });
        try {
            done.get((long) (seconds * 4 + 60), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("playing did not finish", e);
        }
        double[] lateness = frames.stream().mapToDouble(f -> f[0]).toArray();
        double[] work = frames.stream().mapToDouble(f -> f[1]).toArray();
        long late = Arrays.stream(lateness).filter(v -> v > LATE_MS).count();
        out.printf("play %.0fx for %.0f s: %d frames; per-frame apply+draw %s; worst event lateness bound %s;"
                + " frames over %d ms: %d%n", speed, seconds, frames.size(), stats(work), stats(lateness), LATE_MS, late);
    }

    private static String stats(double[] values) {
        if (values.length == 0) {
            return "no samples";
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)], sorted[sorted.length - 1]);
    }

    private static String counts(double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%s p50 %,.0f, min %,.0f, max %,.0f", unit, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void waitReady(PageView page) throws InterruptedException {
        while (!onFx(page::isReady)) {
            Thread.sleep(10);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(300, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}
