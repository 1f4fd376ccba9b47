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
import java.util.IdentityHashMap;
import java.util.List;
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
        List<DumpPaths.Located> located = DumpPaths.locate(mirror.document());
        DumpState.writeScroll(g, mirror.document(), located);
        DumpState.writeInputs(g, located);
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

}
