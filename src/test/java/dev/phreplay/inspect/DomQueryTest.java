package dev.phreplay.inspect;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomQueryTest {
    /** html > body > (div#main.box.wide > (p.note "Hello" , a[href=/x] "Link")), section > p "Other"; div has a shadow root with span.inner. */
    static MirrorDocument page() {
        MirrorDocument document = new MirrorDocument(1, null);
        MirrorElement html = element(2, "html");
        MirrorElement body = element(3, "body");
        MirrorElement div = element(4, "div", "id", "main", "class", "box wide");
        MirrorElement note = element(5, "p", "class", "note");
        note.appendChild(new MirrorCharacterData(6, MirrorCharacterData.Kind.TEXT, "Hello world"));
        MirrorElement link = element(7, "a", "href", "/x", "data-kind", "nav item");
        link.appendChild(new MirrorCharacterData(8, MirrorCharacterData.Kind.TEXT, "Link"));
        MirrorElement section = element(9, "section");
        MirrorElement other = element(10, "p");
        other.appendChild(new MirrorCharacterData(11, MirrorCharacterData.Kind.TEXT, "Other hello"));
        document.appendChild(html);
        html.appendChild(body);
        body.appendChild(div);
        div.appendChild(note);
        div.appendChild(link);
        body.appendChild(section);
        section.appendChild(other);
        div.attachShadow().appendChild(element(12, "span", "class", "inner"));
        return document;
    }

    static MirrorElement element(int id, String tag, String... attributes) {
        MirrorElement element = new MirrorElement(id, tag, null);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }

    static List<Integer> ids(String selector) {
        return DomQuery.selector(selector).select(page()).stream().map(MirrorNode::id).toList();
    }

    @Test
    void simpleSelectors() {
        assertEquals(List.of(5, 10), ids("p"));
        assertEquals(List.of(4), ids("#main"));
        assertEquals(List.of(4), ids("div.box.wide"));
        assertEquals(List.of(), ids("div.box.narrow"));
        assertEquals(List.of(7), ids("[href]"));
        assertEquals(List.of(7), ids("a[href=/x]"));
        assertEquals(List.of(7), ids("[data-kind=\"nav item\"]"));
        assertEquals(List.of(12), ids(".inner"), "searches go into shadow roots");
        assertEquals(List.of(2, 3, 4, 12, 5, 7, 9, 10), ids("*"), "every element, the shadow tree first under its host");
    }

    @Test
    void combinators() {
        assertEquals(List.of(5), ids("div p"));
        assertEquals(List.of(5, 10), ids("body p"));
        assertEquals(List.of(10), ids("body > section > p"));
        assertEquals(List.of(), ids("body > p"));
        assertEquals(List.of(5, 7), ids("#main > .note, #main>a"));
        assertEquals(List.of(), ids("div span"), "combinators do not cross the shadow boundary");
    }

    @Test
    void badSelectorsSayWhere() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DomQuery.selector("div[href"));
        assertTrue(error.getMessage().contains("']' expected"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DomQuery.selector("div >"));
        assertThrows(IllegalArgumentException.class, () -> DomQuery.selector("div ~ p"));
    }

    @Test
    void textSearchFindsTheElementsHoldingTheText() {
        assertEquals(List.of(5, 10), DomQuery.text(page(), "HELLO").stream().map(MirrorNode::id).toList());
        assertEquals(List.of(), DomQuery.text(page(), "absent"));
    }

    @Test
    void labelsAndPaths() {
        MirrorDocument page = page();
        assertEquals(List.of(1, 2, 3, 4, Integer.MIN_VALUE, 12), DomTree.pathTo(page, 12).stream().map(MirrorNode::id).toList());
        assertEquals("<div id=\"main\" class=\"box wide\">", DomTree.label(DomTree.pathTo(page, 4).getLast()));
        assertEquals("\"Hello world\"", DomTree.label(DomTree.pathTo(page, 6).getLast()));
        assertEquals("Hello worldLink", DomTree.textContent(DomTree.pathTo(page, 4).getLast(), 100));
    }
}
