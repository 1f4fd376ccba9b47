package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.ui.testing.Fx;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rebuild after the first (a seek) changes only what differs from the page: nodes the mirror
 * still has under the same parent stay the same DOM nodes, and the page still equals one drawn
 * whole from the new mirror.
 */
class ReconcilingRenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageView reconciled;
    private static PageView whole;

    @BeforeAll
    static void pages() {
        Fx.start();
        reconciled = Fx.call(PageView::new);
        whole = Fx.call(PageView::new);
        Fx.waitUntil("pages ready", Duration.ofSeconds(30), () -> reconciled.isReady() && whole.isReady());
    }

    @Test
    void aSeekKeepsTheNodesThatStayAndGivesThePageDrawnWhole() throws Exception {
        draw(reconciled, PageVersions.at(false));
        Fx.run(() -> reconciled.engineForTests().executeScript(
                "document.getElementById('item-10').phrProbe = 1; document.getElementById('para').phrProbe = 1;"
                        + "document.getElementById('list').phrProbe = 1; document.getElementById('field').phrProbe = 1"));
        draw(reconciled, PageVersions.at(true));
        draw(whole, PageVersions.at(true));

        assertEquals(dump(whole), dump(reconciled));
        assertEquals("1,1,1", script("[document.getElementById('item-10').phrProbe, document.getElementById('para').phrProbe,"
                + " document.getElementById('list').phrProbe].join()"), "kept nodes are the same DOM nodes");
        // an input whose typed value the mirror no longer has is drawn afresh, with its default value
        assertEquals("undefined", script("String(document.getElementById('field').phrProbe)"));
        assertEquals("", script("document.getElementById('field').value"));
        assertEquals("c|a changed|d", script("Array.from(document.getElementById('list').children).map(e => e.textContent).join('|')"));
        assertEquals("BODY", script("document.getElementById('moved').parentNode.nodeName"));
    }

    @Test
    void seekingBackRestoresTheFirstPage() throws Exception {
        draw(reconciled, PageVersions.at(false));
        draw(reconciled, PageVersions.at(true));
        draw(reconciled, PageVersions.at(false));
        draw(whole, PageVersions.at(false));

        JsonNode actual = dump(reconciled);
        assertEquals(dump(whole), actual);
        assertEquals("typed", actual.get("inputs").get(0).get("value").asText());
    }

    @Test
    void twoRebuildsBeforeAFrameDrawOnlyTheLastOne() throws Exception {
        draw(reconciled, PageVersions.at(false));
        Fx.run(() -> {
            reconciled.renderer().documentRebuilt(PageVersions.at(true));
            reconciled.renderer().documentRebuilt(PageVersions.at(false));
            reconciled.flush();
        });
        draw(whole, PageVersions.at(false));
        assertEquals(dump(whole), dump(reconciled));
    }

    private static void draw(PageView page, MirrorDocument document) {
        Fx.run(() -> {
            page.renderer().documentRebuilt(document);
            page.flush();
        });
    }

    private static String script(String js) {
        return Fx.call(() -> String.valueOf(reconciled.engineForTests().executeScript(js)));
    }

    private static JsonNode dump(PageView page) throws Exception {
        return JSON.readTree(Fx.call(page::dumpJson));
    }
}
