package dev.phreplay.ui.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.ScriptedRecording;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs end to end and reports every figure (the figures themselves are not asserted). */
class RenderBenchTest {
    @TempDir
    Path temp;

    @Test
    void reportsOpenSeekAndPlayFigures() throws Exception {
        Fx.start();
        StringWriter text = new StringWriter();
        // the scripted opener does not read it, but the player opens only a file that exists
        Path file = Files.createFile(temp.resolve("scripted.phreplay"));
        RenderBench.run(file, (f, progress) -> new OpenOutcome.Opened(new ScriptedRecording(f, true, List.of(), -1)),
                5, 0.3, new PrintWriter(text, true));
        String report = text.toString();
        assertTrue(report.contains("open to first frame (painted): "), report);
        assertTrue(report.contains("building the page") && report.contains("style, layout and painting"), report);
        assertTrue(report.contains("seek to painted frame (5 random seeks): p50"), report);
        assertTrue(report.contains("seek to painted frame (5 steps of 10 s back): p50"), report);
        assertTrue(report.contains("seek to painted frame (5 steps of 10 s forward): p50"), report);
        assertTrue(report.contains("of which style and layout: p50"), report);
        assertTrue(report.contains("play 1x for 0 s") || report.contains("play 1x"), report);
        assertTrue(report.contains("play 8x"), report);
        assertTrue(report.contains("play 16x"), report);
        assertTrue(report.contains("inspector: docked"), report);
        StringWriter alone = new StringWriter();
        RenderBench.run(file, (f, progress) -> new OpenOutcome.Opened(new ScriptedRecording(f, true, List.of(), -1)),
                2, 0.1, false, new PrintWriter(alone, true));
        assertTrue(alone.toString().contains("inspector: hidden"), alone.toString());
    }

    @Test
    void aFileThePlayerCannotOpenIsReportedNotWaitedFor() {
        Fx.start();
        IOException failure = assertThrows(IOException.class, () -> RenderBench.run(temp.resolve("gone.phreplay"),
                (f, progress) -> new OpenOutcome.Opened(new ScriptedRecording(f, true, List.of(), -1)), 1, 0.1,
                new PrintWriter(new StringWriter(), true)));
        assertTrue(failure.getMessage().contains("no such file"), failure.getMessage());
    }
}
