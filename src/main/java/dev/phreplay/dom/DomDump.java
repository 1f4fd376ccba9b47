package dev.phreplay.dom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes what the mirror holds as the dump of {@code reference/dom-dump.md}: the normalised tree,
 * the scroll offsets and the form inputs, with Jackson's streaming generator. Every walk is
 * iterative, so any nesting depth can be written.
 */
public final class DomDump {
    private static final Set<String> DROPPED_CLASS_TOKENS = Set.of(":hover", "rrweb-paused");
    private static final Set<String> DROPPED_ATTRIBUTES = Set.of("__rrwebuntaintedmutationobserver", "data-rr-is-password");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private DomDump() {}

    /** A generator for dumps: UTF-8, any nesting depth. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** A generator for dumps to a character stream, any nesting depth. */
    public static JsonGenerator generator(java.io.Writer out) throws IOException {
        return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes one {@code {"t":..,"dom":..,"scroll":..,"inputs":..}} object. */
    public static void writeSnapshot(JsonGenerator g, long t, Mirror mirror) throws IOException {
        Set<MirrorElement> normalisedClass = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        normalisedClass.addAll(mirror.hoveredElements());
        MirrorElement html = mirror.document().documentElement();
        if (html != null) {
            normalisedClass.add(html);
        }
        g.writeStartObject();
        g.writeNumberField("t", t);
        g.writeFieldName("dom");
        writeTree(g, mirror.document(), normalisedClass);
        List<Located> located = locate(mirror.document());
        writeScroll(g, mirror.document(), located);
        writeInputs(g, located);
        g.writeEndObject();
    }

    // ---- tree ---------------------------------------------------------------------------------

    private interface Task {
        void run(JsonGenerator g, Deque<Task> stack) throws IOException;
    }

    private static void writeTree(JsonGenerator g, MirrorNode root, Set<MirrorElement> normalisedClass) throws IOException {
        Deque<Task> stack = new ArrayDeque<>();
        stack.push(nodeTask(root, normalisedClass));
        while (!stack.isEmpty()) {
            stack.pop().run(g, stack);
        }
    }

    private static Task nodeTask(MirrorNode node, Set<MirrorElement> normalisedClass) {
        return (g, stack) -> {
            g.writeStartObject();
            switch (node) {
                case MirrorDocument document -> {
                    g.writeStringField("type", "document");
                    openChildren(g, stack, "children", document.children, normalisedClass);
                }
                case MirrorDoctype doctype -> {
                    g.writeStringField("type", "doctype");
                    g.writeStringField("name", doctype.name());
                    g.writeStringField("publicId", doctype.publicId());
                    g.writeStringField("systemId", doctype.systemId());
                    g.writeEndObject();
                }
                case MirrorCharacterData data -> {
                    g.writeStringField("type", switch (data.kind()) {
                        case TEXT -> "text";
                        case COMMENT -> "comment";
                        case CDATA -> "cdata";
                    });
                    g.writeStringField("text", data.data());
                    g.writeEndObject();
                }
                case MirrorElement element -> writeElement(g, stack, element, normalisedClass);
                case MirrorShadowRoot shadow -> g.writeEndObject();
            }
        };
    }

    private static void writeElement(JsonGenerator g, Deque<Task> stack, MirrorElement element,
                                     Set<MirrorElement> normalisedClass) throws IOException {
        g.writeStringField("type", "element");
        g.writeStringField("tag", element.localName());
        if (element.namespace() != null) {
            g.writeStringField("ns", namespaceName(element.namespace()));
        }
        g.writeObjectFieldStart("attrs");
        for (Map.Entry<String, String> attribute : attributes(element, normalisedClass.contains(element)).entrySet()) {
            g.writeStringField(attribute.getKey(), attribute.getValue());
        }
        g.writeEndObject();
        // Run order: children, then shadow root, then content document, then close.
        stack.push((gen, s) -> gen.writeEndObject());
        if (element.is("iframe") || element.is("frame")) {
            MirrorDocument document = element.contentDocument();
            stack.push((gen, s) -> {
                gen.writeFieldName("contentDocument");
                if (document == null) {
                    gen.writeNull();
                } else {
                    s.push(nodeTask(document, normalisedClass));
                }
            });
        }
        if (element.shadowRoot() != null) {
            MirrorShadowRoot shadow = element.shadowRoot();
            stack.push((gen, s) -> openArray(gen, s, "shadowRoot", shadow.children, normalisedClass));
        }
        openArray(g, stack, "children", element.children, normalisedClass);
    }

    private static void openChildren(JsonGenerator g, Deque<Task> stack, String field, List<MirrorNode> children,
                                     Set<MirrorElement> normalisedClass) throws IOException {
        stack.push((gen, s) -> gen.writeEndObject());
        openArray(g, stack, field, children, normalisedClass);
    }

    private static void openArray(JsonGenerator g, Deque<Task> stack, String field, List<MirrorNode> children,
                                  Set<MirrorElement> normalisedClass) throws IOException {
        g.writeArrayFieldStart(field);
        stack.push((gen, s) -> gen.writeEndArray());
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(nodeTask(children.get(i), normalisedClass));
        }
    }

    private static String namespaceName(String namespace) {
        return switch (namespace) {
            case Namespaces.SVG -> "svg";
            case Namespaces.MATHML -> "math";
            default -> namespace;
        };
    }

    /** The attributes after the dump's normalisation, sorted by name. */
    static TreeMap<String, String> attributes(MirrorElement element, boolean normaliseClass) {
        TreeMap<String, String> attributes = new TreeMap<>();
        boolean formControl = element.is("input") || element.is("textarea");
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            String name = attribute.getKey();
            if (DROPPED_ATTRIBUTES.contains(name) || name.startsWith("rr_") || (formControl && name.equals("autocomplete"))) {
                continue;
            }
            String value = attribute.getValue();
            if (name.equals("class")) {
                value = classValue(value, normaliseClass);
                if (value == null) {
                    continue;
                }
            }
            attributes.put(name, value);
        }
        return attributes;
    }

    /** Drops the Replayer's class tokens; a class the Replayer touched is re-serialised as a token set. */
    private static String classValue(String value, boolean touchedByReplayer) {
        String[] tokens = value.split("[ \\t\\n\\f\\r]+");
        boolean hasDropped = false;
        for (String token : tokens) {
            hasDropped |= DROPPED_CLASS_TOKENS.contains(token);
        }
        if (!touchedByReplayer && !hasDropped) {
            return value;
        }
        List<String> kept = new ArrayList<>();
        for (String token : tokens) {
            if (!token.isEmpty() && !DROPPED_CLASS_TOKENS.contains(token) && !kept.contains(token)) {
                kept.add(token);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    // ---- paths, scroll and inputs -------------------------------------------------------------

    /** An element found by the walk, with the parent step chain for its path. */
    private record Located(MirrorElement element, Step step) {}

    /** One path step, linked to its parent step, so that paths are only built when needed. */
    private record Step(Step parent, String text) {
        String path() {
            List<String> steps = new ArrayList<>();
            for (Step s = this; s != null; s = s.parent) {
                steps.add(s.text);
            }
            StringBuilder out = new StringBuilder();
            for (int i = steps.size() - 1; i >= 0; i--) {
                out.append(steps.get(i));
            }
            return out.toString();
        }
    }

    private record Visit(MirrorNode container, Step base) {}

    /** Every element in document order (shadow trees and frame documents included), with its path steps. */
    private static List<Located> locate(MirrorDocument document) {
        List<Located> found = new ArrayList<>();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(new Visit(document, null));
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof Located located) {
                found.add(located);
                continue;
            }
            Visit visit = (Visit) item;
            Map<String, Integer> counts = new HashMap<>();
            List<Located> children = new ArrayList<>();
            for (MirrorNode child : visit.container().children) {
                if (child instanceof MirrorElement element) {
                    String tag = element.localName();
                    int n = counts.merge(tag, 1, Integer::sum);
                    children.add(new Located(element, new Step(visit.base(), "/" + tag + "[" + n + "]")));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                Located child = children.get(i);
                MirrorElement element = child.element();
                if (element.contentDocument() != null && (element.is("iframe") || element.is("frame"))) {
                    stack.push(new Visit(element.contentDocument(), new Step(child.step(), "/#document")));
                }
                if (element.shadowRoot() != null) {
                    stack.push(new Visit(element.shadowRoot(), new Step(child.step(), "/#shadow-root")));
                }
                stack.push(new Visit(element, child.step()));
                stack.push(child);
            }
        }
        return found;
    }

    private static void writeScroll(JsonGenerator g, MirrorDocument document, List<Located> located) throws IOException {
        g.writeObjectFieldStart("scroll");
        g.writeObjectFieldStart("window");
        writeNumber(g, "x", document.scrollX());
        writeNumber(g, "y", document.scrollY());
        g.writeEndObject();
        g.writeArrayFieldStart("elements");
        for (Located item : located) {
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
        for (Located item : located) {
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

    private static void writeInputs(JsonGenerator g, List<Located> located) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (Located item : located) {
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

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
