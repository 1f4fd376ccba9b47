package dev.phreplay.ui.app;

import dev.phreplay.ui.player.Banner;
import dev.phreplay.ui.player.PlaybackViewModel;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.render.AfterPaint;
import dev.phreplay.ui.session.OpenOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

/**
 * A file opened in the player's window as a user opens it, timed in parts (nanoTime): asked for,
 * opened (the package read and checked and its first window read to its first full snapshot, in
 * the background), built (the first page handed to the web view) and painted.
 *
 * @param painted completes when the first page is on the screen: watched from before the page is
 *     drawn, so that the panels' own work after that paint is not counted in it
 * @param rejected the player's report on a file it refused, else null
 */
record FirstFrame(long start, long opened, long built, CompletableFuture<Long> painted, PlaybackViewModel playback,
                  OpenOutcome.Rejected rejected) {

    /** Opens {@code file} in {@code player} and waits until its first page is built or the file is refused. */
    static FirstFrame open(PlayerViewModel player, Path file) throws IOException, InterruptedException {
        long[] times = new long[3];
        CompletableFuture<Long> painted = new CompletableFuture<>();
        CompletableFuture<FirstFrame> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            player.setOnRejected(rejected -> result.complete(new FirstFrame(times[0], 0, 0, painted, null, rejected)));
            // a file that cannot be read at all is reported in a banner
            player.banners().addListener((ListChangeListener<Banner>) change -> player.banners().stream()
                    .filter(banner -> banner.level() == Banner.Level.ERROR).findFirst()
                    .ifPresent(banner -> result.completeExceptionally(new IOException(banner.text()))));
            player.recordingProperty().addListener(once((property, old, now) -> times[1] = System.nanoTime()));
            // showWindow makes the playback, then starts it (the first seek and draw) in the same runnable
            player.playbackProperty().addListener(once((property, old, now) -> {
                AfterPaint.run(() -> painted.complete(System.nanoTime()));
                Platform.runLater(() -> {
                    times[2] = System.nanoTime();
                    result.complete(new FirstFrame(times[0], times[1], times[2], painted, now, null));
                });
            }));
            times[0] = System.nanoTime();
            player.open(file);
        });
        try {
            return result.get(300, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the file did not open in 300 s", e);
        }
    }

    /** A listener that hears the first non-null value only. */
    private static <T> ChangeListener<T> once(ChangeListener<T> listener) {
        return new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends T> property, T old, T now) {
                if (now != null) {
                    property.removeListener(this);
                    listener.changed(property, old, now);
                }
            }
        };
    }
}
