package dev.phreplay.ui.app;

import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.ViewportSize;
import dev.phreplay.ui.session.WindowPlayback;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders a window of a recording at an offset into a PNG, as the player shows it (page scaled
 * to fit, cursor drawn), without a display when there is none. Written atomically.
 */
public final class Screenshots {
    private static final int SETTLE_PULSES = 4;

    private Screenshots() {}

    /** {@code width}/{@code height} null: the recorded viewport size. */
    public static void capture(WindowPlayback playback, long offset, Integer width, Integer height, Path out)
            throws IOException, InterruptedException {
        capture(playback, offset, width, height, Map.of(), out);
    }

    /** With the package's copies of resources: recorded URL → their {@code AssetScheme} URL. */
    public static void capture(WindowPlayback playback, long offset, Integer width, Integer height,
                               Map<String, String> localUrls, Path out) throws IOException, InterruptedException {
        FxStartup.start(!FxStartup.displayAvailable());
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                render(playback, offset, width, height, localUrls, image);
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage result;
        try {
            result = image.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("cannot render the page: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("rendering the page took longer than 120 s");
        }
        write(result, out);
    }

    private static void render(WindowPlayback playback, long offset, Integer width, Integer height,
                               Map<String, String> localUrls, CompletableFuture<BufferedImage> result) {
        ViewportPane viewport = new ViewportPane();
        viewport.setAssets(localUrls);
        Stage stage = new Stage();
        playback.addListener(viewport.listener());
        playback.seek(offset);
        viewport.setClock(new PlayClock(playback.startTimestamp() + offset, 1, false, true));
        ViewportSize size = playback.viewport() == null ? new ViewportSize(1024, 768) : playback.viewport();
        viewport.showViewport(size);
        double imageWidth = width == null ? size.width() : width;
        double imageHeight = height == null ? size.height() : height;
        viewport.setMinSize(imageWidth, imageHeight);
        viewport.setPrefSize(imageWidth, imageHeight);
        viewport.setMaxSize(imageWidth, imageHeight);
        // A small window: the node is snapshotted at its own size, and a window larger than the
        // headless screen cannot be drawn there.
        stage.setScene(new Scene(new Group(viewport), Math.min(imageWidth, 320), Math.min(imageHeight, 240)));
        stage.show();
        Runnable shoot = () -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                viewport.redraw();
                if (++pulses < SETTLE_PULSES) {
                    return;
                }
                stop();
                WritableImage snapshot = viewport.snapshot(null, null);
                playback.removeListener(viewport.listener());
                stage.close();
                result.complete(SwingFXUtils.fromFXImage(snapshot, null));
            }
        }.start();
        if (viewport.page().isReady()) {
            shoot.run();
        } else {
            viewport.page().readyProperty().addListener((property, old, ready) -> {
                if (ready) {
                    shoot.run();
                }
            });
        }
    }

    private static void write(BufferedImage image, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
