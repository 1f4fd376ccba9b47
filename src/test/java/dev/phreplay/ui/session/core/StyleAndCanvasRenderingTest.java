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

    /** A canvas shows the picture rrweb recorded for it ({@code rr_dataURL}), as its background. */
    @ParameterizedTest(name = "played: {0}")
    @ValueSource(booleans = {false, true})
    void aCanvasShowsItsRecordedPicture(boolean play, @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAgAAH/ZVOXKgAAAABJRU5ErkJggg==";
        String canvas = "{\"type\":2,\"id\":5,\"tagName\":\"canvas\",\"attributes\":{\"id\":\"chart\",\"width\":\"2\",\"height\":\"3\","
                + "\"rr_dataURL\":\"" + png + "\"},\"childNodes\":[]}";
        java.nio.file.Path events = java.nio.file.Files.writeString(temp.resolve("canvas.json"), "["
                + "{\"type\":4,\"data\":{\"href\":\"https://a.example.invalid/\",\"width\":800,\"height\":600},\"timestamp\":1000},"
                + "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":2,\"id\":2,\"tagName\":\"html\","
                + "\"attributes\":{},\"childNodes\":[{\"type\":2,\"id\":3,\"tagName\":\"body\",\"attributes\":{},\"childNodes\":[]}]}]},"
                + "\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":1001},"
                + "{\"type\":3,\"data\":{\"source\":0,\"texts\":[],\"attributes\":[],\"removes\":[],\"adds\":[{\"parentId\":3,"
                + "\"nextId\":null,\"node\":" + canvas + "}]},\"timestamp\":1500}]");
        OpenOutcome outcome = new CoreOpener().open(events, progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            String picture = Fx.call(() -> {
                window.rebuildAt(play ? 0 : 600);
                if (play) {
                    window.advanceTo(600);
                }
                page.flush();
                return (String) page.engineForTests().executeScript(
                        "getComputedStyle(document.getElementById('chart')).backgroundImage.substring(0, 26)");
            });
            String dump = Fx.call(page::dumpJson);
            window.removeListener(page.renderer());
            assertEquals("url(\"data:image/png;base64", picture);
            assertEquals(false, dump.contains("data-phr-canvas"), dump);
        }
    }

    /** selection.json: the page's selection is the recorded one (SOURCES.md: offsets 5..15, then 11..6 across two nodes). */
    @ParameterizedTest(name = "at {0} ms")
    @ValueSource(longs = {360, 410})
    void theRecordedSelectionIsThePagesSelection(long at) throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("selection.json"), progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            String selection = Fx.call(() -> {
                window.rebuildAt(at);
                page.flush();
                return (String) page.engineForTests().executeScript("(function () { var s = document.getSelection();"
                        + " if (!s.rangeCount) { return 'none'; } var r = s.getRangeAt(0);"
                        + " return r.startOffset + '-' + r.endOffset + ' ' + (r.startContainer === r.endContainer); })()");
            });
            window.removeListener(page.renderer());
            assertEquals(at == 360 ? "5-15 false" : "11-6 false", selection);
        }
    }

    /** dialog-playback: a dialog rrweb opened with showModal is modal on the page (top layer), one opened with show is not. */
    @org.junit.jupiter.api.Test
    void dialogsAreModalExactlyWhenRecordedSo() throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("dialog-playback.json"), progress -> { });
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        List<String> seen = new java.util.ArrayList<>();
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            for (long at : List.of(1000L, 1600L, 2100L, 2600L, 2650L, 2800L, 3100L, 3600L, 4100L)) {
                String state = Fx.call(() -> {
                    window.rebuildAt(at);
                    page.flush();
                    return (String) page.engineForTests().executeScript("Array.prototype.map.call(document.querySelectorAll('dialog'),"
                            + " function (d) { return (d.hasAttribute('open') ? 'open' : 'closed') + (d.matches(':modal') ? '+modal' : ''); }).join(' ')");
                });
                assertEquals(dialogs(window.mirror().document()), state, "the mirror's dialogs are drawn as they are at " + at);
                seen.add(state);
            }
            window.removeListener(page.renderer());
        }
        org.junit.jupiter.api.Assertions.assertTrue(seen.stream().anyMatch(s -> s.contains("open+modal"))
                && seen.stream().anyMatch(s -> s.matches(".*\\bopen(?!\\+).*")), "modal and non-modal moments were both drawn: " + seen);
    }

    private static String dialogs(dev.phreplay.dom.MirrorNode root) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Deque<dev.phreplay.dom.MirrorNode> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            dev.phreplay.dom.MirrorNode node = stack.pop();
            if (node instanceof dev.phreplay.dom.MirrorElement element && element.is("dialog")) {
                String mode = dev.phreplay.dom.Dialogs.openMode(element);
                out.add(mode == null ? "closed" : "modal".equals(mode) ? "open+modal" : "open");
            }
            List<dev.phreplay.dom.MirrorNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return String.join(" ", out);
    }
}
