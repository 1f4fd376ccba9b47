package dev.phreplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch path without a display (tests run on JavaFX's headless platform). */
class PlayerCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void noArgumentsWithoutADisplayPrintsTheUsage() {
        assertEquals(0, run());
        assertTrue(out.toString().contains("Usage: phreplay"), out.toString());
        assertTrue(out.toString().contains("screenshot"));
    }

    @Test
    void openingWithoutADisplaySaysSoAndPointsToScreenshot(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("r.json"), "[]");
        assertEquals(2, run("open", file.toString()));
        assertTrue(err.toString().contains("no display"), err.toString());
        assertTrue(err.toString().contains("phreplay screenshot"));
        assertEquals(2, run(file.toString()), "'phreplay FILE' is 'phreplay open FILE'");
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(2, run("open", "no/such/recording.phreplay"));
        assertTrue(err.toString().contains("no such file: no/such/recording.phreplay"), err.toString());
        assertFalse(err.toString().contains("at dev.phreplay"), "no stack trace");
    }

    @Test
    void screenshotChecksItsOptions(@TempDir Path temp) {
        assertEquals(2, run("screenshot", "x.phreplay", "--at", "-5", "-o", temp.resolve("a.png").toString()));
        assertTrue(err.toString().contains("--at must not be negative"), err.toString());
        assertEquals(2, run("screenshot", "x.phreplay", "--at", "5", "-o", temp.resolve("a.png").toString(), "--width", "10"));
        assertTrue(err.toString().contains("--width and --height go together"), err.toString());
        assertEquals(2, run("screenshot", "x.phreplay", "--at", "5", "-o", temp.resolve("a.png").toString()));
        assertTrue(err.toString().contains("no such file: x.phreplay"), err.toString());
    }

    @Test
    void screenshotRendersARealRecordingWithoutADisplay(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("frame.png");
        assertEquals(0, run("screenshot", "sample-packages/multi-window.phreplay", "--at", "3000", "-o", out.toString(),
                "--width", "640", "--height", "360"), err.toString());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        assertTrue(out.getParent().toFile().list().length == 1, "no temporary file left");
    }

    @Test
    void screenshotOfAnInvalidFileListsItsFindings(@TempDir Path temp) throws Exception {
        Path broken = Files.write(temp.resolve("broken.phreplay"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertEquals(1, run("screenshot", broken.toString(), "--at", "0", "-o", temp.resolve("x.png").toString()));
        assertTrue(err.toString().contains("broken.phreplay is not a valid recording"), err.toString());
        assertFalse(err.toString().contains("at dev.phreplay"), "no stack trace");
    }
}
