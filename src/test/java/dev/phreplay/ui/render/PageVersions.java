package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.ui.testing.Dom;

/**
 * A small page at two moments, with ids as a recording gives them (the same node keeps its id):
 * items reordered, changed, removed and added, an input that loses its typed value, a class
 * changed and a span that changes parents.
 */
final class PageVersions {
    private PageVersions() {}

    static MirrorDocument at(boolean later) {
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

    static MirrorElement item(int id, String label) {
        return element(id, "li", "id", "item-" + id, text(id + 1, label));
    }

    static MirrorCharacterData text(int id, String data) {
        return new MirrorCharacterData(id, MirrorCharacterData.Kind.TEXT, data);
    }

    static MirrorElement element(int id, String tag, Object... parts) {
        return Dom.el(id, tag, parts);
    }
}
