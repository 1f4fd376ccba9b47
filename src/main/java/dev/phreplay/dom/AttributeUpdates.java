package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import dev.phreplay.util.AttributeMap;
import java.util.List;
import java.util.Map;

/** The attribute part of a mutation, with rrweb's special cases. */
final class AttributeUpdates {
    private AttributeUpdates() {}

    static void apply(Mirror mirror, SnapshotBuilder builder, MirrorElement element, IncrementalData.AttributeChange change) {
        for (Map.Entry<String, IncrementalData.AttributeValue> entry : change.attributes().entrySet()) {
            String name = entry.getKey();
            switch (entry.getValue()) {
                case IncrementalData.AttributeValue.Remove remove -> {
                    element.removeAttribute(name);
                    notify(mirror, element, name, null);
                    if (name.equals("open") && element.is("dialog")) {
                        element.removeAttribute("rr_open_mode");
                    }
                }
                case IncrementalData.AttributeValue.Set set -> {
                    if (name.equals("_cssText") && (element.is("link") || element.is("style"))
                            && rebuildAsStyle(mirror, builder, element, change)) {
                        return;
                    }
                    setString(mirror, element, name, set.value());
                }
                case IncrementalData.AttributeValue.StyleObject style -> {
                    if (name.equals("style")) {
                        InlineStyle inline = InlineStyle.parse(element.attribute("style"));
                        style.properties().forEach((property, value) -> {
                            if (value.value() == null) {
                                inline.removeProperty(property);
                            } else {
                                inline.setProperty(property, value.value(), value.priority());
                            }
                        });
                        String text = inline.serialize();
                        element.setAttribute("style", text);
                        notify(mirror, element, "style", text);
                    }
                }
            }
        }
    }

    private static void setString(Mirror mirror, MirrorElement element, String name, String value) {
        if (name.equals("value") && element.is("textarea")) {
            for (MirrorNode child : List.copyOf(element.children)) {
                mirror.nodes.removeSubtree(child);
                if (element.removeChild(child)) {
                    for (MirrorListener listener : mirror.listeners) {
                        listener.nodeRemoved(element, child);
                    }
                }
            }
            MirrorCharacterData text = mirror.syntheticText(value);
            element.appendChild(text);
            for (MirrorListener listener : mirror.listeners) {
                listener.nodeInserted(element, text, null);
            }
            return;
        }
        if (!ElementFactory.validAttributeName(name)) {
            return;
        }
        element.setAttribute(name, value);
        notify(mirror, element, name, value);
        if (name.equals("rr_dataURL") && element.is("canvas")) {
            // rrdom's diff draws a canvas's rr_dataURL, so a fast-forward shows the latest picture.
            CanvasImage image = new CanvasImage(value, null);
            mirror.canvases.put(element.id(), image);
            for (MirrorListener listener : mirror.listeners) {
                listener.canvasChanged(element, image);
            }
        }
        if (name.equals("selected") && element.is("option") && element.selectedness() == null) {
            FormState.optionInserted(mirror, element);
        }
    }

    private static void notify(Mirror mirror, MirrorElement element, String name, String value) {
        for (MirrorListener listener : mirror.listeners) {
            listener.attributeChanged(element, name, value);
        }
    }

    /** A {@code _cssText} on a link or style: build a new node from the meta merged with the change, in place. */
    private static boolean rebuildAsStyle(Mirror mirror, SnapshotBuilder builder, MirrorElement element,
                                          IncrementalData.AttributeChange change) {
        SerializedNode.Element meta = element.meta;
        MirrorNode parent = element.parent();
        if (meta == null || parent == null) {
            return false;
        }
        AttributeMap merged = AttributeMap.copyOf(meta.attributes());
        change.attributes().forEach((name, value) -> {
            switch (value) {
                case IncrementalData.AttributeValue.Set set -> merged.put(name, set.value());
                case IncrementalData.AttributeValue.Remove remove -> merged.remove(name);
                case IncrementalData.AttributeValue.StyleObject style -> { }
            }
        });
        SerializedNode.Element rebuilt = new SerializedNode.Element(meta.id(), meta.tagName(), merged.readOnly(), meta.childNodes(),
                meta.flags(), meta.rootId(), meta.isShadow());
        MirrorNode next = element.nextSibling();
        for (MirrorNode child : List.copyOf(element.children)) {
            mirror.nodes.removeSubtree(child);
        }
        mirror.nodes.removeSubtree(element);
        MirrorNode built = builder.buildOne(rebuilt, new ArrayList<>());
        parent.removeChild(element);
        parent.insertBefore(built, next);
        for (MirrorListener listener : mirror.listeners) {
            listener.nodeRemoved(parent, element);
            listener.nodeInserted(parent, built, next);
        }
        return true;
    }
}
