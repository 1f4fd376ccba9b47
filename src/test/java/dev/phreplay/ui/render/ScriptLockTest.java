package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a recording can execute. Every hostile construct below writes a marker when it
 * runs. The control page (lock off: JavaScript on, nothing neutralised) shows that each one
 * does run there; the player's page, given the same mirror, must show none of the markers.
 */
class ScriptLockTest {
    private static final String MARK = "document.documentElement.setAttribute('data-ran-%s','1')";

    @BeforeAll
    static void start() {
        Fx.start();
    }

    private static MirrorDocument hostilePage() {
        MirrorNode[] head = {
            el("title", text("recorded")),
            el("script", text(String.format(MARK, "script") + ";document.title='pwned'"))};
        return Dom.page(head,
                el("img", "src", "missing.png", "onerror", String.format(MARK, "onerror")),
                el("svg-holder", el("img", "src", "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "onload",
                        String.format(MARK, "onload"))),
                el("iframe", "src", "javascript:parent." + String.format(MARK, "jsurl")),
                el("iframe", "srcdoc", "<script>parent." + String.format(MARK, "srcdoc") + "</script>"),
                el("a", "id", "link", "href", "javascript:" + String.format(MARK, "href"), text("link")));
    }

    /**
     * The renderer's ops are data: text that would run as script if pasted into source is refused by
     * JSON.parse, reported as a failure, and runs nothing.
     */
    @Test
    void opsThatAreNotJsonAreRefusedAndRunNothing() {
        PageView page = readyPage(true);
        String hostile = "[]);" + String.format(MARK, "ops") + ";(0";
        Object failure = Fx.call(() -> page.applyOps(hostile));
        assertTrue(failure instanceof String text && text.startsWith("-1\tops that are not JSON"), String.valueOf(failure));
        assertEquals("", Fx.call(() -> markers(page)));
        assertEquals(1, Fx.call(() -> ((Number) page.engine().executeScript("window.__phr.failed()")).intValue()));
    }

    private static PageView readyPage(boolean locked) {
        PageView page = Fx.call(() -> new PageView(locked));
        Fx.waitUntil("the page is ready", Duration.ofSeconds(30), page::isReady);
        return page;
    }

    private static String markers(PageView page) {
        return (String) page.engine().executeScript(
                "Array.prototype.map.call(document.documentElement.attributes, function (a) { return a.name; })"
                        + ".filter(function (n) { return n.indexOf('data-ran-') === 0; }).sort().join(',')");
    }

    private static void render(PageView page, MirrorDocument mirror) {
        Fx.run(() -> {
            page.renderer().documentRebuilt(mirror);
            page.flush();
        });
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsDoNotRun() throws Exception {
        PageView control = readyPage(false);
        PageView player = readyPage(true);
        render(control, hostilePage());
        render(player, hostilePage());
        // The same handlers also arrive later, as an incremental insertion and an attribute change.
        MirrorDocument later = hostilePage();
        MirrorElement laterBody = Dom.body(later);
        Fx.run(() -> {
            player.renderer().documentRebuilt(later);
            MirrorElement img = el("img", "src", "missing-2.png", "onerror", String.format(MARK, "inserted"));
            laterBody.appendChild(img);
            player.renderer().nodeInserted(laterBody, img, null);
            player.renderer().attributeChanged(laterBody, "onclick", String.format(MARK, "attr"));
            player.flush();
        });

        Fx.waitUntil("the control page ran the script, the handlers and the javascript: URL",
                Duration.ofSeconds(30), () -> markers(control).split(",").length >= 4);
        String ran = Fx.call(() -> markers(control));
        assertTrue(ran.contains("data-ran-script") && ran.contains("data-ran-onerror") && ran.contains("data-ran-jsurl"),
                "control ran: " + ran);

        // Give the player's page the same chances: its images have failed/loaded by now too.
        Fx.waitUntil("the player's images settled", Duration.ofSeconds(30), () -> (Boolean) player.engine()
                .executeScript("Array.prototype.every.call(document.images, function (i) { return i.complete; })"));
        assertEquals("", Fx.call(() -> markers(player)), "nothing may run in the player");
        // WebKit reports a changed title to the engine later, on the FX thread.
        Fx.waitUntil("the recorded title", Duration.ofSeconds(30), () -> "recorded".equals(player.engine().getTitle()));
        assertTrue(Fx.call(player::neutralisedCount) >= 5, "handlers and URLs were neutralised");
    }

    @Test
    void theDumpStillShowsWhatWasRecorded() throws Exception {
        PageView player = readyPage(true);
        MirrorDocument mirror = hostilePage();
        render(player, mirror);
        JsonNode dom = new ObjectMapper().readTree(Fx.call(player::dumpJson)).get("dom");
        JsonNode head = dom.get("children").get(1).get("children").get(0);
        assertEquals("script", head.get("children").get(1).get("tag").asText());
        JsonNode body = dom.get("children").get(1).get("children").get(1);
        assertEquals(String.format(MARK, "onerror"), body.get("children").get(0).get("attrs").get("onerror").asText());
        assertEquals("javascript:" + String.format(MARK, "href"),
                body.get("children").get(4).get("attrs").get("href").asText());
        assertEquals("about:blank#phr-blocked", Fx.call(() -> player.engine()
                .executeScript("document.getElementById('link').getAttribute('href')")));
    }

    @Test
    void metaRefreshAndBaseDoNotNavigate() {
        MirrorNode[] head = {
            el("base", "href", "http://127.0.0.1:9/"),
            el("meta", "http-equiv", "refresh", "content", "0;url=about:blank#refreshed")};
        PageView control = readyPage(false);
        PageView player = readyPage(true);
        render(control, Dom.page(head, text("page")));
        render(player, Dom.page(new MirrorNode[] {
            el("base", "href", "http://127.0.0.1:9/"),
            el("meta", "http-equiv", "refresh", "content", "0;url=about:blank#refreshed")}, text("page")));
        Fx.waitUntil("the control page followed the meta refresh", Duration.ofSeconds(30),
                () -> String.valueOf(control.engine().getLocation()).contains("refreshed"));
        assertEquals(0, (int) Fx.call(player::navigationsBlocked), "the refresh never even started");
        assertTrue(!String.valueOf(Fx.call(() -> player.engine().getLocation())).contains("refreshed"));
        assertEquals("", Fx.call(() -> player.engine().executeScript("document.baseURI.indexOf('127.0.0.1') < 0 ? '' : document.baseURI")));
    }
}
