package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rebuild after the first (a seek) changes only what differs from the page: nodes the mirror
 * still has under the same parent stay the same DOM nodes, and the page still equals one drawn
 * whole from the new mirror.
 */
class ReconcilingRenderTest {
    private static PageView reconciled;
    private static PageView whole;

    @BeforeAll
    static void pages() {
        reconciled = Pages.ready();
        whole = Pages.ready();
    }

    @Test
    void aSeekKeepsTheNodesThatStayAndGivesThePageDrawnWhole() throws Exception {
        Pages.draw(reconciled, PageVersions.at(false));
        Fx.run(() -> reconciled.engineForTests().executeScript(
                "document.getElementById('item-10').phrProbe = 1; document.getElementById('para').phrProbe = 1;"
                        + "document.getElementById('list').phrProbe = 1; document.getElementById('field').phrProbe = 1"));
        Pages.draw(reconciled, PageVersions.at(true));
        Pages.drawWhole(whole, PageVersions.at(true));

        assertEquals(Pages.dump(whole), Pages.dump(reconciled));
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
        Pages.draw(reconciled, PageVersions.at(false));
        Pages.draw(reconciled, PageVersions.at(true));
        Pages.draw(reconciled, PageVersions.at(false));
        Pages.drawWhole(whole, PageVersions.at(false));

        JsonNode actual = Pages.dump(reconciled);
        assertEquals(Pages.dump(whole), actual);
        assertEquals("typed", actual.get("inputs").get(0).get("value").asText());
    }

    @Test
    void twoRebuildsBeforeAFrameDrawOnlyTheLastOne() throws Exception {
        Pages.draw(reconciled, PageVersions.at(false));
        Fx.run(() -> {
            reconciled.renderer().documentRebuilt(PageVersions.at(true));
            reconciled.renderer().documentRebuilt(PageVersions.at(false));
            reconciled.flush();
        });
        Pages.drawWhole(whole, PageVersions.at(false));
        assertEquals(Pages.dump(whole), Pages.dump(reconciled));
    }

    /** A block holding an iframe moves after its sibling: the frame must keep its document. */
    private static MirrorDocument framed(boolean moved) {
        MirrorDocument document = new MirrorDocument(100, null);
        MirrorElement body = PageVersions.element(103, "body");
        document.appendChild(PageVersions.element(101, "html", PageVersions.element(102, "head"), body));
        MirrorElement frame = PageVersions.element(111, "iframe", "id", "frame");
        MirrorDocument content = new MirrorDocument(120, null);
        content.appendChild(PageVersions.element(121, "html", PageVersions.element(122, "head"),
                PageVersions.element(123, "body", PageVersions.element(124, "p", "id", "inner", PageVersions.text(125, "framed")))));
        frame.setContentDocument(content);
        MirrorElement holder = PageVersions.element(110, "div", "id", "holder", frame);
        MirrorElement other = PageVersions.element(130, "div", "id", "other", PageVersions.text(131, "other"));
        if (moved) {
            body.appendChild(other);
            body.appendChild(holder);
        } else {
            body.appendChild(holder);
            body.appendChild(other);
        }
        return document;
    }

    @Test
    void aMovedIframeKeepsItsDocument() throws Exception {
        Pages.draw(reconciled, framed(false));
        Pages.draw(reconciled, framed(true));
        Pages.drawWhole(whole, framed(true));
        assertEquals(Pages.dump(whole), Pages.dump(reconciled));
        assertEquals("framed", script("document.getElementById('frame').contentDocument.getElementById('inner').textContent"));
    }

    /** A scrolled box moves after its sibling: it keeps its scroll offset. */
    private static MirrorDocument scrolledBox(boolean moved, int top) {
        MirrorDocument document = new MirrorDocument(200, null);
        MirrorElement body = PageVersions.element(203, "body");
        document.appendChild(PageVersions.element(201, "html", PageVersions.element(202, "head"), body));
        MirrorElement box = PageVersions.element(210, "div", "id", "box", "style", "height: 50px; overflow: auto",
                PageVersions.element(211, "div", "style", "height: 500px", PageVersions.text(212, "tall")));
        box.setScroll(0, top);
        MirrorElement other = PageVersions.element(230, "div", "id", "other", PageVersions.text(231, "other"));
        body.appendChild(moved ? other : box);
        body.appendChild(moved ? box : other);
        return document;
    }

    @Test
    void aMovedScrolledElementKeepsItsOffset() throws Exception {
        Pages.draw(reconciled, scrolledBox(false, 30));
        assertEquals("30", script("String(document.getElementById('box').scrollTop)"));
        Pages.draw(reconciled, scrolledBox(true, 30));
        assertEquals("30", script("String(document.getElementById('box').scrollTop)"));
        assertEquals("other,box", script("Array.from(document.body.children).map(e => e.id).join()"));
        Pages.draw(reconciled, scrolledBox(true, 60));
        assertEquals("60", script("String(document.getElementById('box').scrollTop)"), "a kept element takes its new offset");
    }

    private static String script(String js) {
        return Fx.call(() -> String.valueOf(reconciled.engineForTests().executeScript(js)));
    }

}
