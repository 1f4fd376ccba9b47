package dev.phreplay.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.ScriptedPlayback;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotsTest {
    @BeforeAll
    static void start() {
        Fx.start();
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (luminance < 80) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** With -Dphreplay.keep.shots=DIR the images are kept for a person to look at. */
    private static void keep(Path image) throws java.io.IOException {
        String folder = System.getProperty("phreplay.keep.shots");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.copy(image, Path.of(folder, image.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void writesThePageAtTheRecordedViewport(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("shots/frame.png");
        Screenshots.capture(new ScriptedPlayback("A", -1), 5_001, null, null, out);
        keep(out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(darkPixels(image) > 200, "the page's text and the cursor are drawn");
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void scalesToTheRequestedSizeWithLetterbox(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("small.png");
        Screenshots.capture(new ScriptedPlayback("B", -1), 30_000, 640, 240, out);
        keep(out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(240, image.getHeight());
        int corner = image.getRGB(5, 120);
        int centre = image.getRGB(320, 5);
        assertTrue(corner != centre, "letterbox bars beside a page scaled to 240 px high");
    }
}
