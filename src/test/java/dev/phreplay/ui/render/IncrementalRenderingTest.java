package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changes projected one by one give the same page as rendering the changed mirror whole:
 * the incremental path and the rebuild path agree.
 */
class IncrementalRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageView incremental;
    private static PageView whole;

    @BeforeAll
    static void pages() {
        Fx.start();
        incremental = Fx.call(PageView::new);
        whole = Fx.call(PageView::new);
        Fx.waitUntil("pages ready", Duration.ofSeconds(30), () -> incremental.isReady() && whole.isReady());
    }

    private static JsonNode dump(PageView page) throws Exception {
        return JSON.readTree(Fx.call(page::dumpJson));
    }

    @Test
    void insertsRemovesAttributesTextInputsShadowAndFrames() throws Exception {
        MirrorCharacterData title = text("one");
        MirrorElement list = el("ul", el("li", text("a")), el("li", text("b")));
        MirrorElement input = el("input", "type", "text", "name", "q");
        MirrorElement host = el("div", "id", "host");
        host.attachShadow().appendChild(el("span", text("in shadow")));
        MirrorElement frame = el("iframe", "id", "f");
        MirrorDocument mirror = Dom.page(el("h1", title), list, input, host, frame);
        MirrorRenderer renderer = incremental.renderer();
        Fx.run(() -> {
            renderer.documentRebuilt(mirror);
            incremental.flush();
        });

        Fx.run(() -> {
            renderer.eventApplying(1);
            title.setData("two");
            renderer.characterDataChanged(title);
            MirrorNode first = list.children().getFirst();
            list.removeChild(first);
            renderer.nodeRemoved(list, first);
            MirrorElement c = el("li", "class", "new", text("c"));
            list.insertBefore(c, list.children().getFirst());
            renderer.nodeInserted(list, c, list.children().get(1));
            list.setAttribute("data-x", "1");
            renderer.attributeChanged(list, "data-x", "1");
            input.setValue("typed");
            renderer.inputChanged(input);
            MirrorElement more = el("b", text("more"));
            host.shadowRoot().appendChild(more);
            renderer.nodeInserted(host.shadowRoot(), more, null);
            MirrorDocument inner = new MirrorDocument(Dom.id(), null);
            inner.appendChild(el("html", el("head"), el("body", el("p", text("framed")))));
            frame.setContentDocument(inner);
            renderer.frameDocumentAttached(frame, inner);
            incremental.flush();
        });
        Fx.run(() -> {
            whole.renderer().documentRebuilt(mirror);
            whole.flush();
        });
        JsonNode expected = dump(whole);
        JsonNode actual = dump(incremental);
        assertEquals(expected, actual);
        assertEquals("typed", actual.get("inputs").get(0).get("value").asText());
        assertEquals("framed", actual.get("dom").get("children").get(1).get("children").get(1).get("children").get(4)
                .get("contentDocument").get("children").get(0).get("children").get(1).get("children").get(0)
                .get("children").get(0).get("text").asText());
    }
}
