package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.testing.Shared;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import dev.phreplay.ui.testing.Fx;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rrweb's hover fixture: the hovered element gets the :hover class the adapted CSS uses, and the cursor is drawn. */
class HoverAndCursorTest {
    /** The elements carrying the :hover class, outermost first. */
    private static List<String> hovered(ViewportPane viewport) {
        String names = Fx.call(() -> (String) viewport.page().engineForTests().executeScript(
                "Array.prototype.map.call(document.getElementsByClassName(':hover'), function (e) { return e.tagName; }).join(',')"));
        return names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    @Test
    void theHoveredElementIsStyledAndTheCursorSitsOnIt() throws Exception {
        Fx.start();
        ViewportPane viewport = Fx.call(ViewportPane::new);
        Fx.waitUntil("page ready", Duration.ofSeconds(30), () -> viewport.page().isReady());
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("hover.json"), p -> {});
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
             WindowPlayback window = recording.openWindow(recording.windowIds().getFirst())) {
            while (window.loadedFraction() < 1) {
                Thread.sleep(10); // the timeline reads the rest of the window in the background
            }
            window.addListener(viewport.listener());
            Fx.run(() -> {
                window.seek(0);
                window.advanceTo(window.duration() + 1);
                viewport.redraw();
            });
            String background = Fx.call(() -> (String) viewport.page().engineForTests().executeScript(
                    "(function () { var d = document.querySelector('div[style]');"
                            + " return d.classList.contains(':hover') + ' ' + getComputedStyle(d).backgroundColor; })()"));
            assertEquals("true rgb(255, 215, 0)", background, "hovered, and gold as div:hover says");
            assertTrue(Fx.call(() -> viewport.overlay().cursorVisible()));
            Fx.run(() -> {
                window.seek(window.duration());
                viewport.redraw();
            });
            assertEquals(List.of("DIV"), hovered(viewport).subList(hovered(viewport).size() - 1, hovered(viewport).size()),
                    "a seek that keeps the pointer keeps the chain");
            Fx.run(() -> {
                window.seek(0);
                viewport.redraw();
            });
            assertEquals(List.of(), hovered(viewport), "before the first pointer move nothing is hovered");
        }
    }
}
