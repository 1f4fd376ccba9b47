package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.phreplay.testing.Shared;
import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.testing.Fx;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page state outside the DOM tree, drawn in the WebView as SOURCES.md expects for rrweb's fixtures,
 * after a seek and while playing: adopted style sheets (document, shadow roots, an iframe's document),
 * rules edited through the CSSOM, and a canvas's recorded picture.
 */
class StyleAndCanvasRenderingTest {
    private static final String COLOURS = "(function () {"
            + "function colour(el) { return el ? getComputedStyle(el).color : 'missing'; }"
            + "var hosts = Array.prototype.filter.call(document.querySelectorAll('*'), function (e) { return e.shadowRoot; });"
            + "var frame = document.querySelector('iframe');"
            + "return [colour(document.querySelector('body > div')),"
            + " colour(hosts[0] && hosts[0].shadowRoot.querySelector('span')),"
            + " colour(frame && frame.contentDocument && frame.contentDocument.querySelector('h1')),"
            + " colour(hosts[1] && hosts[1].shadowRoot.querySelector('span'))].join(' | ');"
            + "})()";
    private static PageView page;

    @BeforeAll
    static void startPage() {
        Fx.start();
        page = Fx.call(PageView::new);
        Fx.waitUntil("the page is ready", Duration.ofSeconds(30), page::isReady);
    }

    @ParameterizedTest(name = "played: {0}")
    @ValueSource(booleans = {false, true})
    void adoptedSheetsStyleTheDocumentShadowRootsAndFrames(boolean play) throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("adopted-style-sheet.json"), progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            String colours = Fx.call(() -> {
                window.rebuildAt(play ? 0 : 600);
                if (play) {
                    for (long t : List.of(150L, 260L, 320L, 520L, 600L)) {
                        window.advanceTo(t);
                    }
                }
                page.flush();
                return (String) page.engineForTests().executeScript(COLOURS);
            });
            assertEquals("rgb(255, 255, 0) | rgb(255, 0, 0) | rgb(0, 0, 255) | rgb(0, 128, 0)", colours);
            window.removeListener(page.renderer());
        }
    }

    /** style-sheet-rule-events: rules inserted and deleted through the CSSOM hold after a seek too (SOURCES.md). */
    @ParameterizedTest(name = "at {0} ms")
    @ValueSource(longs = {1500, 3000, 3500})
    void rulesEditedThroughTheCssomHoldAfterASeek(long at) throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("style-sheet-rule-events.json"), progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            String selectors = Fx.call(() -> {
                window.rebuildAt(at);
                page.flush();
                return (String) page.engineForTests().executeScript("Array.prototype.map.call(document.styleSheets, function (s) {"
                        + " return Array.prototype.map.call(s.cssRules, function (r) { return r.selectorText; }).join(' '); }).join(' ')");
            });
            window.removeListener(page.renderer());
            boolean added1000 = selectors.contains(".css-added-at-1000-deleted-at-2500");
            boolean added200 = selectors.contains(".css-added-at-200-overwritten-at-3000");
            boolean added3100 = selectors.contains(".css-added-at-3100");
            String expected = at == 1500 ? "true false" : at == 3000 ? "false false" : "false true";
            assertEquals(expected, added1000 + " " + added3100, selectors);
            if (at == 3500) {
                assertEquals(false, added200, selectors);
            }
        }
    }

    /** canvas-in-iframe: the canvas inside the frame shows the picture rrweb recorded for it (as its background). */
    @ParameterizedTest(name = "played: {0}")
    @ValueSource(booleans = {false, true})
    void aCanvasShowsItsRecordedPicture(boolean play) throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("canvas-in-iframe.json"), progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            long end = window.duration() + 1;
            String pictures = Fx.call(() -> {
                window.rebuildAt(play ? 0 : end);
                if (play) {
                    window.advanceTo(end);
                }
                page.flush();
                return (String) page.engineForTests().executeScript("(function () {"
                        + "function all(doc) { var out = Array.prototype.map.call(doc.querySelectorAll('canvas'), function (c) {"
                        + "  return getComputedStyle(c).backgroundImage.substring(0, 26); });"
                        + "  Array.prototype.forEach.call(doc.querySelectorAll('iframe'), function (f) {"
                        + "    if (f.contentDocument) { out = out.concat(all(f.contentDocument)); } });"
                        + "  return out; }"
                        + "return all(document).join(' | '); })()");
            });
            window.removeListener(page.renderer());
            assertEquals(true, pictures.contains("url(\"data:image/png;base64"), pictures);
            assertEquals(false, Fx.call(page::dumpJson).contains("data-phr-canvas"), "the dump shows the recorded page only");
        }
    }
}
