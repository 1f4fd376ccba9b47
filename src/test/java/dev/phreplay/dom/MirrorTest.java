package dev.phreplay.dom;

import static dev.phreplay.dom.Events.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MirrorTest {
    static Mirror page(SerializedNode... body) {
        Mirror mirror = new Mirror();
        mirror.apply(Events.page(body));
        return mirror;
    }

    @Test
    void addsWaitInTheQueueForTheirParentAndNextSibling() {
        Mirror mirror = page();
        // Child before parent, and an earlier sibling before the next one exists.
        mirror.apply(adds(add(10, 12, element(11, "b")), add(4, null, element(10, "div")), add(10, null, element(12, "i"))));
        assertEquals(List.of(11, 12), childIds(mirror.node(10)));
        assertEquals(List.of(10), childIds(mirror.node(4)));
        assertEquals(0, mirror.skipped().total());
        MirrorInvariants.check(mirror);
    }

    @Test
    void unresolvableAddsAreDroppedAndCounted() {
        Mirror mirror = page();
        mirror.apply(adds(add(99, null, element(11, "b")), add(4, 98, element(12, "i"))));
        assertNull(mirror.node(11));
        assertNull(mirror.node(12));
        assertEquals(2, mirror.skipped().count(SkipCounters.Reason.ADD_UNRESOLVED, 0));
        MirrorInvariants.check(mirror);
    }

    @Test
    void missingTargetsAreSkippedAndCountedNeverThrown() {
        Mirror mirror = page();
        mirror.apply(removes(new IncrementalData.Removal(4, 77, false)));
        mirror.apply(attributes(78, set("class", "x")));
        mirror.apply(incremental(new IncrementalData.Input(79, "x", false, null)));
        mirror.apply(incremental(new IncrementalData.Scroll(80, 0, 10)));
        assertEquals(4, mirror.skipped().total(), mirror.skipped().asMap()::toString);
    }

    @Test
    void rawEventsAreDecodedAndBadOnesCounted() {
        Mirror mirror = new Mirror();
        mirror.apply(new RawEvent(0, 1, "{\"type\":4,\"timestamp\":1,\"data\":{\"width\":640,\"height\":480}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mirror.apply(new RawEvent(1, 2, "{\"type\":2,".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(640, mirror.viewportWidth());
        assertEquals(1, mirror.skipped().count(SkipCounters.Reason.UNDECODABLE_EVENT, 0));
    }

    @Test
    void removingANodeUnmapsItsSubtree() {
        Mirror mirror = page(element(10, "div", element(11, "span", text(12, "x"))));
        mirror.apply(removes(new IncrementalData.Removal(4, 10, false)));
        assertNull(mirror.node(10));
        assertNull(mirror.node(12));
        MirrorInvariants.check(mirror);
    }

    @Test
    void legacyPreviousIdNodesWaitForTheirSibling() {
        Mirror mirror = page(element(10, "ul"));
        mirror.apply(adds(new IncrementalData.Addition(10, -1, 21, element(22, "li"))));
        assertTrue(mirror.node(10).children().isEmpty());
        mirror.apply(adds(new IncrementalData.Addition(10, null, null, element(21, "li"))));
        assertEquals(List.of(21), childIds(mirror.node(10)), "a plain add does not resolve legacy nodes");
        mirror.apply(adds(new IncrementalData.Addition(10, null, -1, element(23, "li")),
                new IncrementalData.Addition(10, 23, 21, element(24, "li"))));
        MirrorInvariants.check(mirror);
        assertTrue(mirror.node(10).children().contains(mirror.node(23)));
    }

    @Test
    void styleTextsAreAdaptedAndAttributesFollowRrwebsRules() {
        Mirror mirror = page(element(10, "style", Map.of("_cssText", "a:hover{color:red}")),
                element(11, "div", Map.of("onclick", "x()", "onmouseover", "y()", "onkeyup", "z()")),
                element(12, "script", text(13, "SCRIPT_PLACEHOLDER")),
                element(14, "textarea", Map.of("value", "typed"), text(15, "ignored")),
                element(16, "meta", Map.of("http-equiv", "Content-Security-Policy", "content", "default-src 'none'")),
                element(17, "link", Map.of("rel", "modulepreload", "as", "script", "href", "/a.js")),
                element(18, "div", Map.of("class", "rr-block", "rr_width", "10.123456789px", "rr_height", "5px")));
        MirrorElement style = (MirrorElement) mirror.node(10);
        assertEquals("a:hover,\na.\\:hover{color:red}", style.textContent());
        assertEquals(Map.of("_onclick", "x()", "_onmouseover", "y()", "onkeyup", "z()"), ((MirrorElement) mirror.node(11)).attributes());
        assertEquals("noscript", ((MirrorElement) mirror.node(12)).tagName());
        assertNull(mirror.node(15));
        assertEquals("typed", FormState.value((MirrorElement) mirror.node(14)));
        assertEquals(Map.of("http-equiv", "Content-Security-Policy", "csp-content", "default-src 'none'"),
                ((MirrorElement) mirror.node(16)).attributes());
        assertTrue(((MirrorElement) mirror.node(17)).attributes().isEmpty());
        assertEquals("width: 10.1235px; height: 5px;", ((MirrorElement) mirror.node(18)).attribute("style"));
    }

    @Test
    void cssSplitsFillSeveralTextChildren() {
        Mirror mirror = page(
                element(10, "style", Map.of("_cssText", "a:hover{x:y}/* rr_split */b{z:w}"), text(11, ""), text(12, "")),
                element(20, "style", Map.of("_cssText", "a:hover{x:y}b{z:w}", "_cssTextSplits", "12 18"),
                        text(21, ""), text(22, "")));
        assertEquals("a:hover,\na.\\:hover{x:y}", ((MirrorCharacterData) mirror.node(11)).data());
        assertEquals("b{z:w}", ((MirrorCharacterData) mirror.node(12)).data());
        assertEquals("a:hover,\na.\\:hover{x:y}b{z:w}", ((MirrorElement) mirror.node(20)).textContent());
        assertFalse(((MirrorElement) mirror.node(20)).hasAttribute("_cssTextSplits"));
    }

    @Test
    void svgIsNamespacedAndCamelCased() {
        SerializedNode.Element gradient = new SerializedNode.Element(11, "lineargradient", Map.of(), List.of(),
                new SerializedNode.ElementFlags(true, false, false, false), null, false);
        SerializedNode.Element svg = new SerializedNode.Element(10, "svg", Map.of(), List.of(gradient),
                new SerializedNode.ElementFlags(true, false, false, false), null, false);
        Mirror mirror = page(svg);
        MirrorElement built = (MirrorElement) mirror.node(11);
        assertEquals("linearGradient", built.tagName());
        assertEquals(Namespaces.SVG, built.namespace());
    }

    @Test
    void cssTextOnALinkRebuildsItAsAStyleInPlace() {
        Mirror mirror = page(element(10, "link", Map.of("rel", "stylesheet", "href", "x.css")), element(11, "p"));
        mirror.apply(attributes(10, set("rel", null, "href", null, "_cssText", "p:hover{color:red}")));
        MirrorElement style = (MirrorElement) mirror.node(10);
        assertEquals("style", style.tagName());
        assertTrue(style.attributes().isEmpty());
        assertEquals("p:hover,\np.\\:hover{color:red}", style.textContent());
        assertEquals(List.of(10, 11), childIds(mirror.node(4)));
        MirrorInvariants.check(mirror);
    }

    @Test
    void styleObjectAttributesEditTheInlineStyle() {
        Mirror mirror = page(element(10, "div", Map.of("style", "color: red; width: 1px;")));
        Map<String, IncrementalData.StyleProperty> properties = new LinkedHashMap<>();
        properties.put("color", new IncrementalData.StyleProperty(null, null));
        properties.put("height", new IncrementalData.StyleProperty("2px", "important"));
        mirror.apply(attributes(10, Map.of("style", new IncrementalData.AttributeValue.StyleObject(properties))));
        assertEquals("width: 1px; height: 2px !important;", ((MirrorElement) mirror.node(10)).attribute("style"));
    }

    @Test
    void radioGroupsAndCheckboxesKeepLiveState() {
        Mirror mirror = page(element(10, "input", Map.of("type", "radio", "name", "g", "checked", "")),
                element(11, "input", Map.of("type", "radio", "name", "g")),
                element(12, "input", Map.of("type", "text", "value", "default")));
        mirror.apply(incremental(new IncrementalData.Input(11, "on", true, null)));
        assertFalse(FormState.isChecked((MirrorElement) mirror.node(10)));
        assertTrue(FormState.isChecked((MirrorElement) mirror.node(11)));
        assertEquals("default", FormState.value((MirrorElement) mirror.node(12)));
        mirror.apply(incremental(new IncrementalData.Input(12, "typed", false, null)));
        assertEquals("typed", FormState.value((MirrorElement) mirror.node(12)));
        assertEquals("default", ((MirrorElement) mirror.node(12)).attribute("value"));
    }

    @Test
    void valuesAreSanitizedAsTheValuePropertyReturnsThem() {
        Mirror mirror = page(element(10, "input", Map.of("type", "number", "value", "12a")),
                element(11, "input", Map.of("type", "email", "value", " a@b.c \n")),
                element(12, "input", Map.of("type", "color", "value", "#ABCDEF")),
                element(13, "textarea", Map.of("value", "a\r\nb")),
                element(14, "input", Map.of("type", "checkbox")));
        assertEquals("", FormState.value((MirrorElement) mirror.node(10)));
        assertEquals("a@b.c", FormState.value((MirrorElement) mirror.node(11)));
        assertEquals("#abcdef", FormState.value((MirrorElement) mirror.node(12)));
        assertEquals("a\nb", FormState.value((MirrorElement) mirror.node(13)));
        assertEquals("on", FormState.value((MirrorElement) mirror.node(14)));
        mirror.apply(incremental(new IncrementalData.Input(14, "yes", true, null)));
        assertEquals("yes", ((MirrorElement) mirror.node(14)).attribute("value"), "checkbox values set the attribute");
    }

    @Test
    void selectSelectednessFollowsValueAndInsertedSelectedOptions() {
        Mirror mirror = page(element(10, "select", element(11, "option", Map.of("value", "a")),
                element(12, "option", Map.of("value", "b"))));
        MirrorElement select = (MirrorElement) mirror.node(10);
        assertEquals("a", FormState.value(select), "the first option is selected by default");
        mirror.apply(incremental(new IncrementalData.Input(10, "b", false, null)));
        assertEquals("b", FormState.value(select));
        mirror.apply(adds(add(10, null, element(13, "option", Map.of("value", "c", "selected", "")))));
        assertEquals("c", FormState.value(select));
        mirror.apply(incremental(new IncrementalData.Input(10, "zzz", false, null)));
        assertEquals(List.of(), FormState.selectedIndexes(select, FormState.options(select)));
    }

    @Test
    void canvasKeepsTheLatestRecoverableImage() {
        Mirror mirror = page(element(10, "canvas", Map.of("rr_dataURL", "data:image/png;base64,AAA")));
        assertEquals("data:image/png;base64,AAA", mirror.canvasImage(10).dataUrl());
        mirror.apply(attributes(10, set("rr_dataURL", "data:image/png;base64,BBB")));
        assertEquals("data:image/png;base64,BBB", mirror.canvasImage(10).dataUrl());
        var blob = Json.mapper().createArrayNode();
        blob.addObject().put("rr_type", "ImageBitmap").putArray("args").addObject().put("rr_type", "Blob").put("type", "image/webp")
                .putArray("data").addObject().put("rr_type", "ArrayBuffer").put("base64", "UklG");
        mirror.apply(incremental(new IncrementalData.CanvasMutation(10, 0, List.of(
                new IncrementalData.CanvasCommand("clearRect", Json.mapper().createArrayNode(), false),
                new IncrementalData.CanvasCommand("drawImage", blob, false)))));
        assertEquals("data:image/webp;base64,UklG", mirror.canvasImage(10).dataUrl());
        mirror.apply(incremental(new IncrementalData.CanvasMutation(10, 0, List.of(
                new IncrementalData.CanvasCommand("fillRect", Json.mapper().createArrayNode(), false)))));
        assertEquals("data:image/webp;base64,UklG", mirror.canvasImage(10).dataUrl());
        assertTrue(mirror.canvasImage(10).note().contains("not replayed"));
    }

    @Test
    void copiesAreDeepAndIndependent() {
        Mirror mirror = page(element(10, "div", Map.of("class", "a"), text(11, "one")),
                element(20, "style", Map.of("_cssText", ".x{color:red}")));
        ((MirrorElement) mirror.node(20)).sheet();
        Mirror copy = mirror.copy();
        MirrorInvariants.check(copy);
        assertNotSame(mirror.node(10), copy.node(10));
        assertEquals(mirror.size(), copy.size());
        copy.apply(attributes(10, set("class", "b")));
        copy.apply(mutation(List.of(), List.of(), List.of(new IncrementalData.TextChange(11, "two")), List.of()));
        copy.apply(incremental(new IncrementalData.StyleSheetRule(20, null,
                List.of(new IncrementalData.RuleAdd(".y{}", new IncrementalData.RuleIndex.Flat(1))), List.of(), null, null)));
        assertEquals("a", ((MirrorElement) mirror.node(10)).attribute("class"));
        assertEquals("one", ((MirrorCharacterData) mirror.node(11)).data());
        assertEquals(1, ((MirrorElement) mirror.node(20)).sheet().rules().size());
        assertEquals(2, ((MirrorElement) copy.node(20)).sheet().rules().size());
        assertSame(copy.node(4), copy.node(10).parent());
    }

    @Test
    void listenersSeeChangesAsTheyHappen() {
        Mirror mirror = new Mirror();
        List<String> seen = new ArrayList<>();
        mirror.addListener(new MirrorListener() {
            @Override
            public void documentRebuilt(MirrorDocument document) {
                seen.add("rebuilt");
            }

            @Override
            public void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) {
                seen.add("inserted " + node.id() + " in " + parent.id());
            }

            @Override
            public void nodeRemoved(MirrorNode parent, MirrorNode node) {
                seen.add("removed " + node.id());
            }

            @Override
            public void attributeChanged(MirrorElement element, String name, String value) {
                seen.add(name + "=" + value);
            }

            @Override
            public void viewportResized(int width, int height) {
                seen.add(width + "x" + height);
            }
        });
        mirror.apply(new RecordedEvent.Meta(0, null, 800, 600));
        mirror.apply(Events.page());
        mirror.apply(adds(add(4, null, element(10, "p"))));
        mirror.apply(attributes(10, set("id", "x")));
        mirror.apply(removes(new IncrementalData.Removal(4, 10, false)));
        assertEquals(List.of("800x600", "rebuilt", "inserted 10 in 4", "id=x", "removed 10"), seen);
    }

    @Test
    void hundredThousandNestingLevelsSurviveBuildCopyDumpAndRemoval() throws Exception {
        int depth = 100_000;
        Mirror mirror = page();
        List<IncrementalData.Addition> adds = new ArrayList<>();
        // The outermost div waits for its next sibling (added last), so the whole chain goes
        // through the queue and becomes one resolve tree 100,000 levels deep.
        int sibling = 100 + depth + 1;
        for (int i = 1; i <= depth; i++) {
            adds.add(add(i == 1 ? 4 : 100 + i - 1, i == 1 ? sibling : null, element(100 + i, "div")));
        }
        adds.add(add(4, null, element(sibling, "footer")));
        mirror.apply(Events.mutation(List.of(), adds, List.of(), List.of()));
        assertEquals(depth, depthOf(mirror.node(100 + depth)) - 2);
        MirrorInvariants.check(mirror);
        Mirror copy = mirror.copy();
        MirrorInvariants.check(copy);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var g = DomDump.generator(out)) {
            DomDump.writeSnapshot(g, 0, copy);
        }
        assertTrue(out.size() > depth * 40);
        copy.apply(removes(new IncrementalData.Removal(4, 101, false)));
        assertNull(copy.node(100 + depth));
        assertEquals(mirror.size() - depth, copy.size());
        assertEquals(List.of(sibling), childIds(copy.node(4)));
        MirrorInvariants.check(copy);
        assertEquals(depth, depthOf(mirror.node(100 + depth)) - 2, "the original is untouched");
        Mirror restored = MirrorSnapshot.of(mirror).restore();
        MirrorInvariants.check(restored);
        assertEquals(depth, depthOf(restored.node(100 + depth)) - 2, "a snapshot keeps the depth");
    }

    private static int depthOf(MirrorNode node) {
        int depth = 0;
        for (MirrorNode n = node; n.parent() != null; n = n.parent()) {
            depth++;
        }
        return depth;
    }
}
