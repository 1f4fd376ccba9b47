package dev.phreplay.dom;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The dump's {@code scroll} and {@code inputs} parts. */
final class DumpState {
    private DumpState() {}

    static void writeScroll(JsonGenerator g, MirrorDocument document, List<DumpPaths.Located> located) throws IOException {
        g.writeObjectFieldStart("scroll");
        g.writeObjectFieldStart("window");
        writeNumber(g, "x", document.scrollX());
        writeNumber(g, "y", document.scrollY());
        g.writeEndObject();
        g.writeArrayFieldStart("elements");
        for (DumpPaths.Located item : located) {
            MirrorElement element = item.element();
            double top = element.scrollTop();
            double left = element.scrollLeft();
            if (element.parent() instanceof MirrorDocument owner && top == 0 && left == 0) {
                top = owner.scrollY();
                left = owner.scrollX();
            }
            if (top != 0 || left != 0) {
                g.writeStartObject();
                g.writeStringField("path", item.step().path());
                writeNumber(g, "top", top);
                writeNumber(g, "left", left);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frames");
        for (DumpPaths.Located item : located) {
            MirrorDocument frame = item.element().contentDocument();
            if (frame != null && (frame.scrollX() != 0 || frame.scrollY() != 0)) {
                g.writeStartObject();
                g.writeStringField("path", item.step().path());
                writeNumber(g, "x", frame.scrollX());
                writeNumber(g, "y", frame.scrollY());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeInputs(JsonGenerator g, List<DumpPaths.Located> located) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (DumpPaths.Located item : located) {
            MirrorElement element = item.element();
            if (!element.is("input") && !element.is("textarea") && !element.is("select")) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("path", item.step().path());
            g.writeStringField("tag", element.localName());
            if (element.is("input")) {
                g.writeStringField("type", FormState.inputType(element));
            }
            if (element.hasAttribute("id")) {
                g.writeStringField("id", element.attribute("id"));
            }
            if (element.hasAttribute("name")) {
                g.writeStringField("name", element.attribute("name"));
            }
            g.writeStringField("value", FormState.value(element));
            if (element.is("input")) {
                String type = FormState.inputType(element);
                if (type.equals("checkbox") || type.equals("radio")) {
                    g.writeBooleanField("checked", FormState.isChecked(element));
                }
            }
            if (element.is("select")) {
                List<Integer> selected = FormState.selectedIndexes(element, FormState.options(element));
                g.writeNumberField("selectedIndex", selected.isEmpty() ? -1 : selected.getFirst());
                g.writeArrayFieldStart("selected");
                for (int index : selected) {
                    g.writeNumber(index);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, String name, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(name, (long) value);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
