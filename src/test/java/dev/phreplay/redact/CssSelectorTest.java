package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CssSelectorTest {
    record El(String tagName, Map<String, String> attributes, El parent) implements SelectorTarget {
        @Override
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    private static final El BODY = new El("body", Map.of(), null);
    private static final El FORM = new El("form", Map.of("id", "checkout", "class", "card  payment"), BODY);
    private static final El FIELDSET = new El("fieldset", Map.of(), FORM);
    private static final El INPUT = new El("input", Map.of("type", "password", "name", "pin", "data-private", ""), FIELDSET);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "input|true", "INPUT|true", "*|true", "div|false",
        "#checkout input|true", "#other input|false",
        ".card input|true", ".card.payment input|true", ".card.missing input|false",
        "[data-private]|true", "[type=password]|true", "[type='password']|true", "[type=\"text\"]|false",
        "input[type=password][name=pin]|true",
        "form > fieldset > input|true", "form > input|false", "body form input|true", "body > form input|true",
        "fieldset > input, div|true", "div, span|false", "body > fieldset input|false"})
    void matches(String selector, boolean expected) {
        boolean matched = CssSelector.parseList(selector).stream().anyMatch(s -> s.matches(INPUT));
        assertEquals(expected, matched, selector);
    }

    @Test
    void descendantCombinatorBacktracksOverAncestors() {
        El outer = new El("div", Map.of("class", "a"), null);
        El inner = new El("div", Map.of("class", "b"), outer);
        El leaf = new El("span", Map.of(), new El("p", Map.of(), inner));
        assertTrue(CssSelector.parse(".a div span").matches(leaf));
        assertTrue(CssSelector.parse(".a > .b span").matches(leaf));
        assertFalse(CssSelector.parse(".b > .a span").matches(leaf));
        assertFalse(CssSelector.parse(".b > span").matches(leaf));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a:hover|pseudo-classes", "a + b|sibling combinator", "a ~ b|sibling combinator", "[href^=x]|only [attr] and [attr=value]",
        "[href|expected ']'", "''|empty selector", "a >|missing a selector", "a[x='y]|unterminated"})
    void unsupportedSyntaxIsRejectedByName(String selector, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CssSelector.parseList(selector));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("selector \""), e.getMessage());
    }

    @Test
    void namespacesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CssSelector.parse("svg|a"));
        assertTrue(e.getMessage().contains("namespaces"), e.getMessage());
    }

    @Test
    void attributeNamesAreCollectedForTheNodeTable() {
        assertEquals(java.util.Set.of("id", "class", "data-x"), CssSelector.parse("#a .b > [data-x=1]").attributeNames());
    }
}
