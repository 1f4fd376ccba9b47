package dev.phreplay.ui.app;

import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The WebView's DOM at given times, in the JSON of dom-dump.md (one snapshot object per time,
 * {@code {"t":…,"dom":…,"scroll":…,"inputs":…}}), for {@code phreplay dom --rendered}.
 */
public final class RenderedDumps {
    private RenderedDumps() {}

    public static List<String> dump(WindowPlayback playback, List<Long> times) throws IOException, InterruptedException {
        FxStartup.start(!FxStartup.displayAvailable());
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            PageView page = new PageView();
            Runnable work = () -> {
                try {
                    result.complete(snapshots(page, playback, times));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            };
            if (page.isReady()) {
                work.run();
            } else {
                page.readyProperty().addListener((property, old, ready) -> work.run());
            }
        });
        try {
            return result.get(300, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot render the page: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("rendering took longer than 300 s");
        }
    }

    private static List<String> snapshots(PageView page, WindowPlayback playback, List<Long> times) {
        playback.addListener(page.renderer());
        List<String> out = new ArrayList<>();
        try {
            for (long t : times) {
                playback.seek(t);
                if (playback.viewport() != null) {
                    page.setViewportSize(playback.viewport().width(), playback.viewport().height());
                }
                page.flush();
                String dump = page.dumpJson();
                out.add("{\"t\":" + t + "," + dump.substring(1));
            }
        } finally {
            playback.removeListener(page.renderer());
        }
        return out;
    }
}
