package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.MirrorShadowRoot;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a mirror subtree in the compact array form that renderer.js builds:
 * document {@code [0,key,children]}, doctype {@code [1,key,name,publicId,systemId]},
 * element {@code [2,key,tag,ns,[name,value,...],children,shadowChildren|null,contentDocument|null,
 * value,checked,scrollLeft,scrollTop,selectedness,insertedRules]}, text/comment/cdata {@code [3|4|5,key,data]}.
 */
final class TreeWriter {
    private TreeWriter() {}

    static void write(JsText out, MirrorNode node) {
        switch (node) {
            case MirrorDocument document -> writeDocument(out, document);
            case MirrorDoctype doctype -> {
                out.raw("[1,");
                NodeKeys.write(out, doctype);
                out.raw(',').string(doctype.name()).raw(',').string(doctype.publicId()).raw(',')
                        .string(doctype.systemId()).raw(']');
            }
            case MirrorElement element -> writeElement(out, element);
            case MirrorCharacterData data -> {
                out.raw('[').number((long) kindCode(data.kind())).raw(',');
                NodeKeys.write(out, data);
                out.raw(',').string(data.data()).raw(']');
            }
            case MirrorShadowRoot root -> throw new IllegalArgumentException("a shadow root is written with its host");
        }
    }

    private static void writeDocument(JsText out, MirrorDocument document) {
        out.raw("[0,");
        NodeKeys.write(out, document);
        out.raw(',');
        writeChildren(out, document.children());
        out.raw(']');
    }

    private static void writeElement(JsText out, MirrorElement element) {
        out.raw("[2,");
        NodeKeys.write(out, element);
        out.raw(',').string(element.tagName()).raw(',').string(element.namespace()).raw(",[");
        boolean[] first = {true};
        element.forEachAttribute((name, value) -> {
            if (!first[0]) {
                out.raw(',');
            }
            first[0] = false;
            out.string(name).raw(',').string(value == null ? "" : value);
        });
        out.raw("],");
        writeChildren(out, element.children());
        out.raw(',');
        if (element.shadowRoot() == null) {
            out.raw("null");
        } else {
            writeChildren(out, element.shadowRoot().children());
        }
        out.raw(',');
        if (element.contentDocument() == null) {
            out.raw("null");
        } else {
            writeDocument(out, element.contentDocument());
        }
        out.raw(',').string(element.value()).raw(',').bool(element.checked()).raw(',')
                .number(element.scrollLeft()).raw(',').number(element.scrollTop()).raw(',')
                .bool(element.selectedness()).raw(',').string(insertedRules(element)).raw(']');
    }

    private static void writeChildren(JsText out, List<MirrorNode> children) {
        out.raw('[');
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            write(out, children.get(i));
        }
        out.raw(']');
    }

    /**
     * The rules of a style element's CSSOM when they may differ from its text: rules a script
     * inserted into an empty style element (how CSS-in-JS libraries style a page), or any sheet
     * edited through the CSSOM. Null for a style element whose text is its sheet.
     */
    static String insertedRules(MirrorElement element) {
        if (!element.is("style") || (!element.textContent().isBlank() && !element.hasSheet())) {
            return null;
        }
        String css = element.sheet().cssText();
        return css.isEmpty() ? null : css;
    }

    /** The options of a select (also inside optgroups) whose selectedness the mirror set. */
    static void forEachSelectedness(MirrorElement select, BiConsumer<MirrorElement, Boolean> action) {
        for (MirrorNode child : select.children()) {
            if (child instanceof MirrorElement element) {
                if (element.is("option") && element.selectedness() != null) {
                    action.accept(element, element.selectedness());
                } else if (element.is("optgroup")) {
                    forEachSelectedness(element, action);
                }
            }
        }
    }

    static int kindCode(MirrorCharacterData.Kind kind) {
        return switch (kind) {
            case TEXT -> 3;
            case COMMENT -> 4;
            case CDATA -> 5;
        };
    }
}
