package dev.phreplay.ui.testing;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;

/** Builds small mirrors by hand: {@code Dom.page(Dom.el("p", "class", "x", Dom.text("hi")))}. */
public final class Dom {
    private static int nextId = 1000;

    private Dom() {}

    public static synchronized int id() {
        return nextId++;
    }

    /** A document with a doctype, {@code <html><head>head…</head><body>body…</body></html>}. */
    public static MirrorDocument page(MirrorNode[] head, MirrorNode... body) {
        MirrorDocument document = new MirrorDocument(id(), null);
        document.appendChild(new MirrorDoctype(id(), "html", "", ""));
        document.appendChild(el("html", el("head", (Object[]) head), el("body", (Object[]) body)));
        return document;
    }

    public static MirrorDocument page(MirrorNode... body) {
        return page(new MirrorNode[0], body);
    }

    /** {@code parts}: attribute name/value pairs (Strings), then child nodes. */
    public static MirrorElement el(String tag, Object... parts) {
        return el(id(), tag, parts);
    }

    /** An element with the id a recording gave it (pages at two moments share ids). */
    public static MirrorElement el(int id, String tag, Object... parts) {
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

    public static MirrorCharacterData text(String data) {
        return new MirrorCharacterData(id(), MirrorCharacterData.Kind.TEXT, data);
    }

    public static MirrorElement body(MirrorDocument document) {
        MirrorElement html = (MirrorElement) document.children().get(1);
        return (MirrorElement) html.children().get(1);
    }
}
