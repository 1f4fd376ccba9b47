package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** As in rrweb, CSS animations stand still while the player is paused, and run while it plays. */
class PausedAnimationTest {
    private static PageView page;

    @BeforeAll
    static void start() {
        page = Pages.ready();
    }

    private static String playState() {
        return (String) page.engineForTests().executeScript(
                "getComputedStyle(document.getElementById('x')).getPropertyValue('animation-play-state')");
    }

    private static boolean markedPaused() {
        return (Boolean) page.engineForTests().executeScript("document.documentElement.classList.contains('rrweb-paused')");
    }

    private static void show(MirrorDocument document, boolean paused) {
        Fx.run(() -> {
            page.renderer().setClock(new PlayClock(0, 1, !paused, true));
            page.renderer().documentRebuilt(document);
            page.flush();
        });
    }

    @Test
    void anAnimatedPageStandsStillWhilePausedAndMovesWhilePlaying() {
        MirrorDocument animated = Dom.page(new MirrorNode[] {el("style", text(
                "@keyframes spin { from { opacity: 0 } to { opacity: 1 } } #x { animation: spin 1s infinite; }"))},
                el("p", "id", "x", text("spinning")));
        show(animated, true);
        assertEquals("paused", Fx.call(PausedAnimationTest::playState));
        Fx.run(() -> {
            page.renderer().setClock(new PlayClock(0, 1, true, false));
            page.flush();
        });
        assertEquals("running", Fx.call(PausedAnimationTest::playState));
    }

    @Test
    void aPageWithoutKeyframesIsNotMarkedPausedSinceNothingCouldMove() {
        MirrorDocument still = Dom.page(new MirrorNode[] {el("style", text("#x { color: red; }"))},
                el("p", "id", "x", text("still")));
        show(still, true);
        assertEquals(false, Fx.call(PausedAnimationTest::markedPaused));
        MirrorDocument animated = Dom.page(new MirrorNode[] {el("style", text("@media screen { @keyframes a { to { opacity: 0 } } }"))},
                el("p", "id", "x", text("nested keyframes")));
        show(animated, true);
        assertEquals(true, Fx.call(PausedAnimationTest::markedPaused), "keyframes inside @media count too");
    }
}
