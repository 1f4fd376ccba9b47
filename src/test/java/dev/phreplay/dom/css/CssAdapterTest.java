package dev.phreplay.dom.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The test vectors of rrweb-snapshot's rebuild.test.ts (rrweb.md §3.4), plus byte-exactness. */
class CssAdapterTest {
    private static String squash(String css) {
        return css.replaceAll("[\\s;]", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "body { color: white }|body { color: white }",
        ".a:hover { color: white }|.a:hover, .a.\\:hover { color: white }",
        "ul li a:hover img { color: white }|ul li a:hover img, ul li a.\\:hover img { color: white }",
        "@media screen { .m:hover { color: white } }|@media screen { .m:hover, .m.\\:hover { color: white } }",
        ".a, .b:hover, .c { color: white }|.a, .b:hover, .c, .b.\\:hover { color: white }",
        ".a:hover, .a:hover::after { color: white }|.a:hover, .a:hover::after, .a.\\:hover, .a.\\:hover::after { color: white }",
        "div:hover::after { color: white }|div:hover::after, div.\\:hover::after { color: white }",
        "a:hover b:hover { color: white }|a:hover b:hover, a.\\:hover b.\\:hover { color: white }",
        ".a::after { content: \":hover\" }|.a::after { content: \":hover\" }",
        "@media only screen and (min-device-width : 1200px) { .a { width: 10px; }}|@media only screen and (min-width : 1200px) { .a { width: 10px; }}",
        "@import url(\"https://fonts.googleapis.com/css2?family=Noto+Sans&display=:hover\");|@import url(\"https://fonts.googleapis.com/css2?family=Noto+Sans&display=:hover\");",
        "a{|a{",
    })
    void rrwebVectors(String input, String expected) {
        assertEquals(squash(expected), squash(CssAdapter.adaptUncached(input)));
    }

    @Test
    void hoverTwinIsAppendedAsPostcssWritesIt() {
        assertEquals("div:hover,\ndiv.\\:hover { background-color: gold; }",
                CssAdapter.adaptUncached("div:hover { background-color: gold; }"));
        assertEquals("  .a, .b:hover,\n.b.\\:hover\n{x:y}", CssAdapter.adaptUncached("  .a, .b:hover\n{x:y}"));
    }

    @Test
    void everythingButSelectorsAndParamsStaysByteIdentical() {
        String css = "/* a:hover { } */\n.x { background: url(\"a:hover.png\"); content: '}' }\n"
                + "@supports (display: grid) {\n  @media (max-device-height: 10px) { p:hover>i { a: b } }\n}\n"
                + ".e\\:hover { c: d }";
        String expected = "/* a:hover { } */\n.x { background: url(\"a:hover.png\"); content: '}' }\n"
                + "@supports (display: grid) {\n  @media (max-height: 10px) { p:hover>i,\np.\\:hover>i { a: b } }\n}\n"
                + ".e\\:hover,\n.e\\.\\:hover { c: d }";
        assertEquals(expected, CssAdapter.adaptUncached(css));
    }

    @Test
    void selectorsInsideFunctionsAndStringsAreSplitCorrectly() {
        assertEquals(":is(a, b:hover), [title=\",\"] {}".replace(" {}", ",\n:is(a, b.\\:hover) {}"),
                CssAdapter.adaptUncached(":is(a, b:hover), [title=\",\"] {}"));
    }

    @Test
    void brokenCssIsReturnedUnchanged() {
        for (String broken : new String[] {"a:hover{", "a:hover { content: \"x }", "a:hover { } }", "/* a:hover {}"}) {
            assertEquals(broken, CssAdapter.adaptUncached(broken));
        }
    }

    @Test
    void resultsAreCached() {
        CssAdapter adapter = new CssAdapter();
        String first = adapter.adapt("a:hover { color: red }");
        assertSame(first, adapter.adapt("a:hover { color: red }"));
    }

    @Test
    void deepNestingDoesNotOverflow() {
        StringBuilder css = new StringBuilder();
        int depth = 100_000;
        css.append("@media screen {".repeat(depth)).append("a:hover{x:y}").append("}".repeat(depth));
        String adapted = CssAdapter.adaptUncached(css.toString());
        assertEquals(css.length() + ",\na.\\:hover".length(), adapted.length());
        CssSheet sheet = CssSheet.parse(css.toString());
        assertEquals(depth + 1, sheet.allRules().size());
        assertEquals(sheet.copy().cssText().length(), sheet.cssText().length());
    }

    @Test
    void cssTextOfNestedGroups() {
        assertEquals("@media screen {\n  a { color: red; }\n  @supports (x) {\n  b { }\n}\n}",
                CssSheet.parse("@media screen { a { color : red } @supports (x) { b {} } }").cssText());
    }

    @Test
    void cssomParsesNestedGroupsAndDeclarations() {
        CssSheet sheet = CssSheet.parse("@media all { .a { color: red; width: 1px !important } } .b{}");
        assertEquals(2, sheet.rules().size());
        CssRule a = sheet.rule(java.util.List.of(0, 0));
        assertEquals("red", a.propertyValue("color"));
        assertEquals("important", a.declarations().get("width").priority());
        assertEquals(false, sheet.insertRule(java.util.List.of(), ".c{}", 5));
        assertEquals(true, sheet.insertRule(java.util.List.of(0), ".c{}", 1));
        assertEquals(".c", sheet.rule(java.util.List.of(0, 1)).prelude());
        assertEquals(true, sheet.deleteRule(java.util.List.of(), 1));
        assertEquals(1, sheet.rules().size());
    }
}
