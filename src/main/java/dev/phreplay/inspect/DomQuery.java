package dev.phreplay.inspect;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds nodes in a mirror tree by text or by a simple CSS selector: type ({@code div}, {@code *}),
 * {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]} (value bare or quoted), joined
 * by descendant (space) and child ({@code >}) combinators, several selectors separated by commas.
 * Searches go into shadow roots and iframe documents; combinators stay inside one tree, as in CSS.
 */
public final class DomQuery {
    private record Attribute(String name, String value) {}

    private record Compound(String tag, List<String> ids, List<String> classes, List<Attribute> attributes) {
        boolean matches(MirrorElement element) {
            if (tag != null && !tag.equals("*") && !tag.equalsIgnoreCase(element.tagName())) {
                return false;
            }
            for (String id : ids) {
                if (!id.equals(element.attribute("id"))) {
                    return false;
                }
            }
            String classAttribute = element.attribute("class");
            List<String> classNames = classAttribute == null ? List.of() : List.of(classAttribute.trim().split("\\s+"));
            if (!classNames.containsAll(classes)) {
                return false;
            }
            for (Attribute attribute : attributes) {
                String value = element.attribute(attribute.name());
                if (value == null || attribute.value() != null && !attribute.value().equals(value)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Compounds from left to right; {@code childOf[i]} says whether compound i+1 is a child (not descendant) of i. */
    private record Complex(List<Compound> compounds, List<Boolean> childOf) {}

    private final List<Complex> selectors;

    private DomQuery(List<Complex> selectors) {
        this.selectors = selectors;
    }

    /** Parses a selector; throws {@link IllegalArgumentException} naming the problem and its position. */
    public static DomQuery selector(String selector) {
        return new DomQuery(new SelectorParser(selector).parse());
    }

    /** The elements under {@code root} (itself included) that match, in document order. */
    public List<MirrorNode> select(MirrorNode root) {
        List<MirrorNode> found = new ArrayList<>();
        for (MirrorNode node : DomTree.preorder(root)) {
            if (node instanceof MirrorElement element && matches(element)) {
                found.add(element);
            }
        }
        return found;
    }

    public boolean matches(MirrorElement element) {
        for (Complex complex : selectors) {
            if (matches(complex, complex.compounds().size() - 1, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Complex complex, int index, MirrorElement element) {
        if (!complex.compounds().get(index).matches(element)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        boolean child = complex.childOf().get(index - 1);
        for (MirrorNode up = element.parent(); up != null; up = up.parent()) {
            if (up instanceof MirrorElement ancestor && matches(complex, index - 1, ancestor)) {
                return true;
            }
            if (child) {
                return false;
            }
        }
        return false;
    }

    /** Elements whose own text children contain {@code text} (case-insensitive), in document order. */
    public static List<MirrorNode> text(MirrorNode root, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        Set<MirrorNode> found = new LinkedHashSet<>();
        if (needle.isBlank()) {
            return List.of();
        }
        for (MirrorNode node : DomTree.preorder(root)) {
            if (node instanceof MirrorCharacterData data && data.kind() == MirrorCharacterData.Kind.TEXT
                    && data.data().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(node.parent() instanceof MirrorElement parent ? parent : node);
            }
        }
        return List.copyOf(found);
    }

    private static final class SelectorParser {
        private final String text;
        private int at;

        SelectorParser(String text) {
            this.text = text == null ? "" : text;
        }

        List<Complex> parse() {
            List<Complex> list = new ArrayList<>();
            do {
                list.add(complex());
            } while (consume(','));
            skipSpace();
            if (at < text.length()) {
                throw error("unexpected '" + text.charAt(at) + "'");
            }
            return list;
        }

        private Complex complex() {
            List<Compound> compounds = new ArrayList<>();
            List<Boolean> childOf = new ArrayList<>();
            skipSpace();
            compounds.add(compound());
            while (true) {
                boolean space = skipSpace();
                if (consume('>')) {
                    skipSpace();
                    childOf.add(true);
                    compounds.add(compound());
                } else if (space && at < text.length() && text.charAt(at) != ',') {
                    childOf.add(false);
                    compounds.add(compound());
                } else {
                    return new Complex(compounds, childOf);
                }
            }
        }

        private Compound compound() {
            String tag = null;
            if (at < text.length() && (text.charAt(at) == '*' || isNameChar(text.charAt(at)))) {
                tag = text.charAt(at) == '*' ? String.valueOf(text.charAt(at++)) : name();
            }
            List<String> ids = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '#') {
                    at++;
                    ids.add(name());
                } else if (c == '.') {
                    at++;
                    classes.add(name());
                } else if (c == '[') {
                    at++;
                    attributes.add(attribute());
                } else {
                    break;
                }
            }
            if (tag == null && ids.isEmpty() && classes.isEmpty() && attributes.isEmpty()) {
                throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "a selector is missing");
            }
            return new Compound(tag, ids, classes, attributes);
        }

        private Attribute attribute() {
            skipSpace();
            String name = name();
            skipSpace();
            String value = null;
            if (consume('=')) {
                skipSpace();
                value = at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'') ? quoted() : bareValue();
                skipSpace();
            }
            if (!consume(']')) {
                throw error("']' expected");
            }
            return new Attribute(name, value);
        }

        /** Leniently, anything up to the closing bracket ({@code [href=/x]} works as users type it). */
        private String bareValue() {
            int end = text.indexOf(']', at);
            if (end < 0 || text.substring(at, end).isBlank()) {
                throw error("a value expected");
            }
            String value = text.substring(at, end).strip();
            at = end;
            return value;
        }

        private String quoted() {
            char quote = text.charAt(at++);
            int end = text.indexOf(quote, at);
            if (end < 0) {
                throw error("unclosed quote");
            }
            String value = text.substring(at, end);
            at = end + 1;
            return value;
        }

        private String name() {
            int start = at;
            while (at < text.length() && isNameChar(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw error(at < text.length() ? "a name expected before '" + text.charAt(at) + "'" : "a name expected");
            }
            return text.substring(start, at);
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c > 127;
        }

        private boolean skipSpace() {
            int start = at;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at > start;
        }

        private boolean consume(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("selector '" + text + "' at " + (at + 1) + ": " + problem);
        }
    }
}
