package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.dom.Dialogs;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.testing.Shared;
import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page state outside the DOM tree, drawn in the WebView as SOURCES.md expects for rrweb's fixtures,
 * after a seek and while playing: adopted style sheets (document, shadow roots, an iframe's document),
 * rules edited through the CSSOM, a canvas's recorded picture, the selection and modal dialogs.
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
    private static final String SELECTORS = "Array.prototype.map.call(document.styleSheets, function (s) {"
            + " return Array.prototype.map.call(s.cssRules, function (r) { return r.selectorText; }).join(' '); }).join(' ')";
    private static final String SELECTION = "(function () { var s = document.getSelection();"
            + " if (!s.rangeCount) { return 'none'; } var r = s.getRangeAt(0);"
            + " return r.startOffset + '-' + r.endOffset + ' ' + (r.startContainer === r.endContainer); })()";
    private static final String DIALOGS = "Array.prototype.map.call(document.querySelectorAll('dialog'), function (d) {"
            + " return (d.hasAttribute('open') ? 'open' : 'closed') + (d.matches(':modal') ? '+modal' : ''); }).join(' ')";
    private static PageView page;

    @BeforeAll
    static void startPage() {
        page = Pages.ready();
    }

    /** What the page answers to {@code script} while it shows the first window of {@code file} as {@code show} leaves it. */
    private interface Showing {
        void show(CoreWindow window);
    }

    private static String onPage(Path file, Showing show, String script) throws Exception {
        OpenOutcome outcome = new CoreOpener().open(file, progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            try {
                return Fx.call(() -> {
                    show.show(window);
                    page.flush();
                    return (String) page.engineForTests().executeScript(script);
                });
            } finally {
                window.removeListener(page.renderer());
            }
        }
    }

    /** Sought straight to {@code at}, or played there from the start. */
    private static Showing at(long at, boolean play) {
        return window -> {
            window.rebuildAt(play ? 0 : at);
            if (play) {
                for (long t = Math.min(at, 50); t <= at; t += 50) {
                    window.advanceTo(t);
                }
            }
        };
    }

    @ParameterizedTest(name = "played: {0}")
    @ValueSource(booleans = {false, true})
    void adoptedSheetsStyleTheDocumentShadowRootsAndFrames(boolean play) throws Exception {
        String colours = onPage(Shared.rrwebFixture("adopted-style-sheet.json"), at(600, play), COLOURS);
        assertEquals("rgb(255, 255, 0) | rgb(255, 0, 0) | rgb(0, 0, 255) | rgb(0, 128, 0)", colours);
    }

    /** style-sheet-rule-events: rules inserted and deleted through the CSSOM hold after a seek too (SOURCES.md). */
    @ParameterizedTest(name = "at {0} ms")
    @ValueSource(longs = {1500, 3000, 3500})
    void rulesEditedThroughTheCssomHoldAfterASeek(long at) throws Exception {
        String selectors = onPage(Shared.rrwebFixture("style-sheet-rule-events.json"), at(at, false), SELECTORS);
        boolean added1000 = selectors.contains(".css-added-at-1000-deleted-at-2500");
        boolean added3100 = selectors.contains(".css-added-at-3100");
        String expected = at == 1500 ? "true false" : at == 3000 ? "false false" : "false true";
        assertEquals(expected, added1000 + " " + added3100, selectors);
        if (at == 3500) {
            assertFalse(selectors.contains(".css-added-at-200-overwritten-at-3000"), selectors);
        }
    }

    /** A canvas shows the picture rrweb recorded for it ({@code rr_dataURL}), as its background. */
    @ParameterizedTest(name = "played: {0}")
    @ValueSource(booleans = {false, true})
    void aCanvasShowsItsRecordedPicture(boolean play, @TempDir Path temp) throws Exception {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAgAAH/ZVOXKgAAAABJRU5ErkJggg==";
        String canvas = "{\"type\":2,\"id\":5,\"tagName\":\"canvas\",\"attributes\":{\"id\":\"chart\",\"width\":\"2\",\"height\":\"3\","
                + "\"rr_dataURL\":\"" + png + "\"},\"childNodes\":[]}";
        Path events = Files.writeString(temp.resolve("canvas.json"), "["
                + "{\"type\":4,\"data\":{\"href\":\"https://a.example.invalid/\",\"width\":800,\"height\":600},\"timestamp\":1000},"
                + "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":2,\"id\":2,\"tagName\":\"html\","
                + "\"attributes\":{},\"childNodes\":[{\"type\":2,\"id\":3,\"tagName\":\"body\",\"attributes\":{},\"childNodes\":[]}]}]},"
                + "\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":1001},"
                + "{\"type\":3,\"data\":{\"source\":0,\"texts\":[],\"attributes\":[],\"removes\":[],\"adds\":[{\"parentId\":3,"
                + "\"nextId\":null,\"node\":" + canvas + "}]},\"timestamp\":1500}]");
        String picture = onPage(events, at(600, play),
                "getComputedStyle(document.getElementById('chart')).backgroundImage.substring(0, 26)");
        assertEquals("url(\"data:image/png;base64", picture);
        assertFalse(Fx.call(page::dumpJson).contains("data-phr-canvas"), "the dump shows the recorded page only");
    }

    /** selection.json: the page's selection is the recorded one (SOURCES.md: offsets 5..15, then 11..6 across two nodes). */
    @ParameterizedTest(name = "at {0} ms")
    @ValueSource(longs = {360, 410})
    void theRecordedSelectionIsThePagesSelection(long at) throws Exception {
        String selection = onPage(Shared.rrwebFixture("selection.json"), at(at, false), SELECTION);
        assertEquals(at == 360 ? "5-15 false" : "11-6 false", selection);
    }

    /** dialog-playback: a dialog rrweb opened with showModal is modal on the page (top layer), one opened with show is not. */
    @Test
    void dialogsAreModalExactlyWhenRecordedSo() throws Exception {
        List<String> seen = new ArrayList<>();
        for (long at : List.of(1000L, 1600L, 2100L, 2600L, 2650L, 2800L, 3100L, 3600L, 4100L)) {
            String[] mirror = new String[1];
            String state = onPage(Shared.rrwebFixture("dialog-playback.json"), window -> {
                window.rebuildAt(at);
                mirror[0] = dialogs(window.mirror().document());
            }, DIALOGS);
            assertEquals(mirror[0], state, "the mirror's dialogs are drawn as they are at " + at);
            seen.add(state);
        }
        assertTrue(seen.stream().anyMatch(s -> s.contains("open+modal"))
                && seen.stream().anyMatch(s -> s.matches(".*\\bopen(?!\\+).*")), "modal and non-modal moments were both drawn: " + seen);
    }

    private static String dialogs(MirrorNode root) {
        List<String> out = new ArrayList<>();
        Deque<MirrorNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            MirrorNode node = stack.pop();
            if (node instanceof MirrorElement element && element.is("dialog")) {
                String mode = Dialogs.openMode(element);
                out.add(mode == null ? "closed" : "modal".equals(mode) ? "open+modal" : "open");
            }
            List<MirrorNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return String.join(" ", out);
    }
}
