package dev.phreplay.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small subset of CSS selectors, matched against the node table rather than a browser DOM:
 * type ({@code div}, {@code *}), {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]}
 * (quoted or not), compounds of these, and the descendant (space) and child ({@code >}) combinators.
 * A comma-separated list is split by {@link #parseList}. Anything else (pseudo-classes, sibling
 * combinators, other attribute operators, namespaces) is rejected with a message naming it.
 */
public final class CssSelector {
    /** One compound selector, e.g. {@code input.secret[type=password]}. */
    record Compound(String tag, String id, List<String> classes, List<AttributeTest> attributes) {
        boolean matches(SelectorTarget element) {
            if (tag != null && !tag.equals(element.tagName())) {
                return false;
            }
            if (id != null && !id.equals(element.attribute("id"))) {
                return false;
            }
            if (!classes.isEmpty()) {
                String classAttribute = element.attribute("class");
                if (classAttribute == null) {
                    return false;
                }
                Set<String> present = Set.of(classAttribute.trim().isEmpty() ? new String[0] : distinct(classAttribute.trim().split("\\s+")));
                if (!present.containsAll(classes)) {
                    return false;
                }
            }
            for (AttributeTest test : attributes) {
                String value = element.attribute(test.name());
                if (value == null || (test.value() != null && !test.value().equals(value))) {
                    return false;
                }
            }
            return true;
        }

        private static String[] distinct(String[] values) {
            return java.util.Arrays.stream(values).distinct().toArray(String[]::new);
        }
    }

    /** {@code [name]} when value is null, else {@code [name=value]}. */
    record AttributeTest(String name, String value) {}

    enum Combinator { DESCENDANT, CHILD }

    private final String text;
    /** Compounds right to left: {@code compounds.get(0)} is the subject. */
    private final List<Compound> compounds;
    /** {@code combinators.get(i)} joins compound i (on the right) to compound i+1 (its ancestor side). */
    private final List<Combinator> combinators;

    private CssSelector(String text, List<Compound> compounds, List<Combinator> combinators) {
        this.text = text;
        this.compounds = compounds;
        this.combinators = combinators;
    }

    public static List<CssSelector> parseList(String selectors) {
        List<CssSelector> list = new ArrayList<>();
        for (String part : splitOnCommas(selectors)) {
            list.add(parse(part));
        }
        return List.copyOf(list);
    }

    public static CssSelector parse(String selector) {
        return new Parser(selector).parse();
    }

    /** The attribute names this selector reads (lower-case), so the node table keeps only those. */
    Set<String> attributeNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Compound compound : compounds) {
            if (compound.id() != null) {
                names.add("id");
            }
            if (!compound.classes().isEmpty()) {
                names.add("class");
            }
            compound.attributes().forEach(a -> names.add(a.name()));
        }
        return names;
    }

    /** Whether {@code element}, whose ancestors come from {@link SelectorTarget#parent()}, matches. */
    public boolean matches(SelectorTarget element) {
        return matchFrom(element, 0);
    }

    private boolean matchFrom(SelectorTarget element, int index) {
        if (!compounds.get(index).matches(element)) {
            return false;
        }
        if (index == compounds.size() - 1) {
            return true;
        }
        SelectorTarget ancestor = element.parent();
        if (combinators.get(index) == Combinator.CHILD) {
            return ancestor != null && matchFrom(ancestor, index + 1);
        }
        for (; ancestor != null; ancestor = ancestor.parent()) {
            if (matchFrom(ancestor, index + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    private static List<String> splitOnCommas(String selectors) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : selectors.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text.trim();
        }

        CssSelector parse() {
            if (text.isEmpty()) {
                throw error("empty selector");
            }
            List<Compound> leftToRight = new ArrayList<>();
            List<Combinator> joins = new ArrayList<>();
            leftToRight.add(compound());
            while (position < text.length()) {
                boolean space = skipSpaces();
                if (position >= text.length()) {
                    break;
                }
                char c = text.charAt(position);
                if (c == '>') {
                    position++;
                    skipSpaces();
                    joins.add(Combinator.CHILD);
                } else if (c == '+' || c == '~') {
                    throw error("the sibling combinator '" + c + "' is not supported");
                } else if (space) {
                    joins.add(Combinator.DESCENDANT);
                } else {
                    throw error("unexpected '" + c + "'");
                }
                leftToRight.add(compound());
            }
            List<Compound> compounds = new ArrayList<>(leftToRight.reversed());
            List<Combinator> combinators = new ArrayList<>(joins.reversed());
            return new CssSelector(text, List.copyOf(compounds), List.copyOf(combinators));
        }

        private Compound compound() {
            String tag = null;
            String id = null;
            List<String> classes = new ArrayList<>();
            List<AttributeTest> attributes = new ArrayList<>();
            int start = position;
            if (position < text.length() && text.charAt(position) == '*') {
                position++;
            } else if (position < text.length() && isNameChar(text.charAt(position))) {
                tag = name().toLowerCase(Locale.ROOT);
            }
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '#') {
                    position++;
                    id = name();
                } else if (c == '.') {
                    position++;
                    classes.add(name());
                } else if (c == '[') {
                    attributes.add(attribute());
                } else if (c == ':') {
                    throw error("pseudo-classes and pseudo-elements (':') are not supported");
                } else if (c == '|') {
                    throw error("namespaces ('|') are not supported");
                } else {
                    break;
                }
            }
            if (position == start) {
                throw error(position < text.length() ? "unexpected '" + text.charAt(position) + "'" : "missing a selector at the end");
            }
            return new Compound(tag, id, List.copyOf(classes), List.copyOf(attributes));
        }

        private AttributeTest attribute() {
            position++;
            skipSpaces();
            String name = name().toLowerCase(Locale.ROOT);
            skipSpaces();
            expectMore("']'");
            char c = text.charAt(position);
            if (c == ']') {
                position++;
                return new AttributeTest(name, null);
            }
            if (c != '=') {
                throw error("only [attr] and [attr=value] are supported, not '" + c + "' in an attribute test");
            }
            position++;
            skipSpaces();
            expectMore("a value");
            String value;
            char quote = text.charAt(position);
            if (quote == '"' || quote == '\'') {
                int end = text.indexOf(quote, position + 1);
                if (end < 0) {
                    throw error("unterminated quoted value");
                }
                value = text.substring(position + 1, end);
                position = end + 1;
            } else {
                value = name();
            }
            skipSpaces();
            expectMore("']'");
            if (text.charAt(position) != ']') {
                throw error("expected ']' but found '" + text.charAt(position) + "'");
            }
            position++;
            return new AttributeTest(name, value);
        }

        private String name() {
            int start = position;
            while (position < text.length() && isNameChar(text.charAt(position))) {
                if (text.charAt(position) == '\\') {
                    throw error("escapes ('\\') are not supported");
                }
                position++;
            }
            if (start == position) {
                throw error(position < text.length() ? "expected a name but found '" + text.charAt(position) + "'" : "expected a name at the end");
            }
            return text.substring(start, position);
        }

        private void expectMore(String what) {
            if (position >= text.length()) {
                throw error("expected " + what + " at the end");
            }
        }

        private boolean skipSpaces() {
            int start = position;
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return position > start;
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '\\' || c > 0x7f;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("selector \"" + text + "\": " + message);
        }
    }
}
