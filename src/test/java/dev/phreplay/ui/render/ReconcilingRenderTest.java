package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
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

    /** The page at two moments: ids as a recording gives them, the same node keeping its id. */
    private static MirrorDocument version(boolean later) {
        MirrorDocument document = new MirrorDocument(1, null);
        document.appendChild(new MirrorDoctype(2, "html", "", ""));
        MirrorElement body = element(5, "body");
        document.appendChild(element(3, "html", element(4, "head"), body));
        MirrorElement list = element(9, "ul", "id", "list");
        MirrorElement input = element(20, "input", "id", "field", "type", "text");
        MirrorElement paragraph = element(30, "p", "id", "para", "class", later ? "y" : "x", text(31, "hello"));
        if (later) {
            list.appendChild(item(14, "c"));
            list.appendChild(item(10, "a changed"));
            list.appendChild(item(16, "d"));
            body.appendChild(list);
            body.appendChild(input);
            body.appendChild(paragraph);
            body.appendChild(element(41, "span", "id", "moved"));
        } else {
            list.appendChild(item(10, "a"));
            list.appendChild(item(12, "b"));
            list.appendChild(item(14, "c"));
            input.setValue("typed");
            body.appendChild(list);
            body.appendChild(input);
            body.appendChild(paragraph);
            body.appendChild(element(40, "div", element(41, "span", "id", "moved")));
        }
        return document;
    }

    @Test
    void aSeekKeepsTheNodesThatStayAndGivesThePageDrawnWhole() throws Exception {
        draw(reconciled, version(false));
        Fx.run(() -> reconciled.engineForTests().executeScript(
                "document.getElementById('item-10').phrProbe = 1; document.getElementById('para').phrProbe = 1;"
                        + "document.getElementById('list').phrProbe = 1; document.getElementById('field').phrProbe = 1"));
        draw(reconciled, version(true));
        draw(whole, version(true));

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
        draw(reconciled, version(false));
        draw(reconciled, version(true));
        draw(reconciled, version(false));
        draw(whole, version(false));

        JsonNode actual = dump(reconciled);
        assertEquals(dump(whole), actual);
        assertEquals("typed", actual.get("inputs").get(0).get("value").asText());
    }

    @Test
    void twoRebuildsBeforeAFrameDrawOnlyTheLastOne() throws Exception {
        draw(reconciled, version(false));
        Fx.run(() -> {
            reconciled.renderer().documentRebuilt(version(true));
            reconciled.renderer().documentRebuilt(version(false));
            reconciled.flush();
        });
        draw(whole, version(false));
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

    private static MirrorElement item(int id, String label) {
        return element(id, "li", "id", "item-" + id, text(id + 1, label));
    }

    private static MirrorCharacterData text(int id, String data) {
        return new MirrorCharacterData(id, MirrorCharacterData.Kind.TEXT, data);
    }

    /** {@code parts}: attribute name/value pairs, then child nodes. */
    private static MirrorElement element(int id, String tag, Object... parts) {
        MirrorElement element = new MirrorElement(id, tag, null);
        int i = 0;
        while (i < parts.length && parts[i] instanceof String name) {
            element.setAttribute(name, (String) parts[i + 1]);
            i += 2;
        }
        for (; i < parts.length; i++) {
            element.appendChild((MirrorNode) parts[i]);
        }
        return element;
    }
}
