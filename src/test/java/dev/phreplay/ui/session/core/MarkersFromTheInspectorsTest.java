package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.WindowPlayback;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The timeline's markers come from the inspectors' pass, in the window's own offsets. */
class MarkersFromTheInspectorsTest {
    @Test
    void consoleErrorsFailedRequestsAndClicksBecomeMarkers() throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Path.of("sample-packages/console-network.phreplay"), p -> {});
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
             WindowPlayback window = recording.openWindow(recording.windowIds().getFirst())) {
            CompletableFuture<List<TimelineMarker>> ready = new CompletableFuture<>();
            window.whenMarkersReady(ready::complete);
            assertFalse(ready.isDone(), "opening a window does not start the pass over the recording");
            recording.inspection(); // the player asks for it once the first frame is painted
            List<TimelineMarker> markers = ready.get(60, TimeUnit.SECONDS);
            waitUntilLoaded(window);
            Set<TimelineMarker.Kind> kinds = markers.stream().map(TimelineMarker::kind).collect(Collectors.toSet());
            assertTrue(kinds.contains(TimelineMarker.Kind.CONSOLE_ERROR), "kinds: " + kinds);
            assertTrue(markers.stream().allMatch(m -> m.offset() >= 0 && m.offset() <= window.duration() + 1),
                    "offsets within the window: " + markers);
        }
    }

    /** The window's length is known once the background indexer has read all of it. */
    private static void waitUntilLoaded(WindowPlayback window) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (window.loadedFraction() < 1) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the window was not indexed within 60 s");
            }
            Thread.sleep(10);
        }
    }
}
