package dev.phreplay.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.dom.css.CssRule;
import dev.phreplay.dom.css.CssSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What ../shared/fixtures/rrweb/SOURCES.md says rrweb's tests expect, asserted on the mirror's state. */
class FixtureExpectationsTest {
    private static CssSheet sheet(Mirror mirror, int styleId) {
        return Fixtures.element(mirror, styleId).sheet();
    }

    @Test
    void styleSheetRuleEventsInsertAndDeleteRulesAndATextChangeResetsTheSheet() {
        assertTrue(sheet(Fixtures.at("style-sheet-rule-events", 1500), 105).hasRule(".css-added-at-1000-deleted-at-2500"));
        assertFalse(sheet(Fixtures.at("style-sheet-rule-events", 3000), 105).hasRule(".css-added-at-1000-deleted-at-2500"));
        Mirror at3500 = Fixtures.at("style-sheet-rule-events", 3500);
        CssSheet overwritten = sheet(at3500, 101);
        assertFalse(overwritten.hasRule(".css-added-at-200-overwritten-at-3000"));
        assertFalse(overwritten.hasRule(".css-added-at-500-overwritten-at-3000"));
        assertTrue(overwritten.hasRule(".all-css-overwritten-at-3000"));
        assertTrue(overwritten.hasRule(".css-added-at-3100"));
        CssSheet before = sheet(Fixtures.at("style-sheet-rule-events", 1500), 101);
        assertTrue(before.hasRule(".css-added-at-500-overwritten-at-3000"), before::cssText);
        assertTrue(sheet(Fixtures.at("style-sheet-rule-events", 1500), 255).hasRule(".css-added-at-400"));
    }

    @Test
    void styleSheetTextMutationOverwritesInsertedRules() {
        assertFalse(sheet(Fixtures.at("style-sheet-text-mutation", 1600), 101).hasRule(".css-added-at-1000-overwritten-at-1500"));
        assertTrue(sheet(Fixtures.at("style-sheet-text-mutation", 1600), 101).hasRule(".css-added-at-1500-deleted-at-2500"));
        assertTrue(sheet(Fixtures.at("style-sheet-text-mutation", 2100), 101).hasRule(".css-added-at-2000-overwritten-at-2500"));
        assertFalse(sheet(Fixtures.at("style-sheet-text-mutation", 2600), 101).hasRule(".css-added-at-2000-overwritten-at-2500"));
        assertTrue(sheet(Fixtures.at("style-sheet-text-mutation", 3100), 101).hasRule(".css-added-at-3000"));
    }

    @Test
    void inputValuesFollowInputEvents() {
        assertEquals("valueB", FormState.value(Fixtures.element(Fixtures.at("input", 1050), 26)));
        assertEquals("valueA", FormState.value(Fixtures.element(Fixtures.at("input", 1550), 26)));
        assertEquals("valueC", FormState.value(Fixtures.element(Fixtures.at("input", 2050), 26)));
        assertEquals("", FormState.value(Fixtures.element(Fixtures.at("input", 2550), 33)));
        Mirror at3050 = Fixtures.at("input", 3050);
        assertEquals("test input", FormState.value(Fixtures.element(at3050, 33)));
        assertNull(Fixtures.at("input", 3550).node(26));
        assertNull(Fixtures.at("input", 4050).node(33));
    }

    @Test
    void selectionKeepsTheLastRanges() {
        assertEquals(new SelectionState.Range(12, 5, 15, 15), Fixtures.at("selection", 360).selection().ranges().getFirst());
        assertEquals(new SelectionState.Range(12, 11, 15, 6), Fixtures.at("selection", 410).selection().ranges().getFirst());
        assertNull(Fixtures.at("selection", 300).selection());
    }

    @Test
    void scrollPositionsApplyToElementsAndTheWindow() {
        Mirror at1050 = Fixtures.at("scroll", 1050);
        assertEquals(2500, Fixtures.byId(at1050, "container").scrollTop());
        assertEquals(0, at1050.windowScrollY());
        assertEquals(250, Fixtures.at("scroll", 1550).windowScrollY());
        assertNull(Fixtures.byId(Fixtures.at("scroll", 2050), "container"));
        MirrorElement container = Fixtures.allElements(Fixtures.at("scroll-with-parent-styles", 1050)).stream()
                .filter(e -> "container".equals(e.attribute("class"))).findFirst().orElseThrow();
        assertEquals(800, container.scrollTop());
    }

    @Test
    void hoverMarksTheTargetAndItsAncestorsAfterAMouseDown() {
        Mirror mirror = Fixtures.at("hover", 110);
        assertEquals(16, mirror.hoveredId());
        List<String> chain = mirror.hoveredElements().stream().map(MirrorElement::localName).toList();
        assertEquals(List.of("div", "body", "html"), chain);
        assertEquals(30, mirror.pointerX());
        assertEquals(-1, Fixtures.at("hover", 50).hoveredId());
    }

    @Test
    void hoverInsideAFrameOrShadowRootStopsAtItsRoot() {
        Mirror at550 = Fixtures.at("iframe-shadowdom-hover", 550);
        Mirror at1050 = Fixtures.at("iframe-shadowdom-hover", 1050);
        assertEquals(14, at550.hoveredId());
        assertEquals(13, at1050.hoveredId());
        assertEquals(14, Fixtures.at("iframe-shadowdom-hover", 1550).hoveredId());
        for (Mirror mirror : List.of(at550, at1050)) {
            MirrorNode root = mirror.hoveredElements().getLast();
            assertTrue(root.parent() instanceof MirrorDocument || root.parent() instanceof MirrorShadowRoot);
            assertTrue(root.parent() != mirror.document(), "the hover chain stays inside the frame or shadow tree");
        }
    }

    @Test
    void adoptedStyleSheetsPerDocumentShadowRootAndFrame() {
        Mirror mirror = Fixtures.at("adopted-style-sheet", 600);
        assertEquals(List.of("div { color: yellow; }"), texts(mirror.adoptedSheets(1)));
        assertEquals(List.of("div { color: yellow; }", "span { color: red; }"), texts(mirror.adoptedSheets(10)));
        assertEquals(List.of("h1 { color: blue; }"), texts(mirror.adoptedSheets(20)));
        assertEquals(List.of("span { color: green; }"), texts(mirror.adoptedSheets(16)));
    }

    @Test
    void adoptedStyleSheetModificationsReplaceRulesAndDeclarations() {
        Mirror at350 = Fixtures.at("adopted-style-sheet-modification", 350);
        assertEquals(List.of("div { color: yellow; }"), texts(List.of(at350.constructedSheet(1))));
        assertEquals(List.of("h1 { color: blue; }"), texts(List.of(at350.constructedSheet(2))));
        Mirror at450 = Fixtures.at("adopted-style-sheet-modification", 450);
        assertEquals(List.of("div { display: inline; }"), texts(List.of(at450.constructedSheet(1))));
        Mirror at550 = Fixtures.at("adopted-style-sheet-modification", 550);
        assertEquals(List.of("div { color: green; }"), texts(List.of(at550.constructedSheet(1))));
        assertEquals(List.of("h2 { color: red; }", "h1 { font-size: medium !important; }"),
                texts(List.of(at550.constructedSheet(2))));
        Mirror at650 = Fixtures.at("adopted-style-sheet-modification", 650);
        assertEquals(List.of("div { color: green; }", "body { border: 2px solid blue; }"),
                texts(List.of(at650.constructedSheet(1))));
        assertEquals(List.of("h1 { font-size: medium !important; }"), texts(List.of(at650.constructedSheet(2))));
    }

    @Test
    void emptyReplaceEmptiesTheSheet() {
        for (String fixture : List.of("adopted-style-sheet-empty-replace.emptyReplaceSyncEvents",
                "adopted-style-sheet-empty-replace.emptyReplaceEvents")) {
            assertEquals(1, Fixtures.at(fixture, 250).constructedSheet(1).rules().size(), fixture);
            assertEquals(0, Fixtures.at(fixture, 350).constructedSheet(1).rules().size(), fixture);
        }
    }

    @Test
    void nestedStyleDeclarationsFollowIndexPaths() {
        CssRule nested = sheet(Fixtures.at("nested-style-declaration", 250), 5).rule(List.of(0, 0));
        assertEquals("red", nested.propertyValue("background-color"));
        assertEquals("bold", sheet(Fixtures.at("nested-style-declaration", 350), 5).rule(List.of(0, 1)).propertyValue("font-weight"));
        assertEquals("", sheet(Fixtures.at("nested-style-declaration", 450), 5).rule(List.of(0, 0)).propertyValue("width"));
        assertEquals("100px", sheet(Fixtures.at("nested-style-declaration", 350), 5).rule(List.of(0, 0)).propertyValue("width"));
        assertEquals("purple", sheet(Fixtures.at("nested-style-declaration", 550), 5).rule(List.of(1, 0, 0))
                .propertyValue("background-color"));
        assertEquals("", sheet(Fixtures.at("nested-style-declaration", 650), 5).rule(List.of(1, 0, 0))
                .propertyValue("background-color"));
    }

    @Test
    void declarationsOnMissingRulesAreIgnored() {
        Mirror mirror = Fixtures.at("style-declaration-missing-rule", 500);
        CssSheet sheet = sheet(mirror, 5);
        assertEquals("blue", sheet.rules().getFirst().propertyValue("color"));
        assertEquals("", sheet.rules().getFirst().propertyValue("font-size"));
        assertTrue(mirror.skipped().count(SkipCounters.Reason.STYLE_RULE_REJECTED, 0) >= 3);
    }

    @Test
    void documentReplacementSwapsDoctypeAndHtmlWithoutSkips() {
        Mirror mirror = Fixtures.at("document-replacement", 501);
        assertEquals(0, mirror.skipped().total(), () -> mirror.skipped().asMap().toString());
        long doctypes = mirror.document().children().stream().filter(n -> n instanceof MirrorDoctype).count();
        long roots = mirror.document().children().stream().filter(n -> n instanceof MirrorElement).count();
        assertEquals(1, doctypes);
        assertEquals(1, roots);
        assertEquals(6, mirror.document().documentElement().id());
    }

    @Test
    void orderingKeepsTheLastTextOfEqualTimestamps() {
        Mirror mirror = Fixtures.at("ordering", 36);
        assertEquals("Final - correct", ((MirrorCharacterData) mirror.node(102)).data());
    }

    @Test
    void customElementsAreDefined() {
        assertTrue(Fixtures.at("custom-element-define-class", 200).definedCustomElements().contains("custom-element"));
    }

    @Test
    void badTextareaUsesTheRecordedValue() {
        MirrorElement textarea = Fixtures.byTag(Fixtures.at("bad-textarea", 51), "textarea");
        assertEquals("this value is used for replay", FormState.value(textarea));
    }

    @Test
    void dialogsKeepTheirOpenMode() {
        MirrorElement closed = Fixtures.element(Fixtures.at("dialog-playback", 800), 27);
        assertNull(Dialogs.openMode(closed));
        assertEquals("non-modal", Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 1600), 27)));
        assertNull(Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 2100), 27)));
        assertEquals("modal", Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 2550), 27)));
        assertEquals("non-modal", Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 2650), 27)));
        assertEquals("modal", Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 2750), 27)));
        assertEquals("modal", Dialogs.openMode(Fixtures.element(Fixtures.at("dialog-playback", 4100), 32)));
    }

    @Test
    void canvasImagesComeFromRrDataUrl() {
        Mirror mirror = Fixtures.at("canvas-in-iframe", 501);
        MirrorElement painted = Fixtures.byId(mirror, "canvas_with_data");
        MirrorElement blank = Fixtures.byId(mirror, "blank_canvas");
        assertTrue(mirror.canvasImage(painted.id()).dataUrl().startsWith("data:image/png"));
        assertNull(mirror.canvasImage(blank.id()));
        Mirror webgl = Fixtures.at("webgl", 972);
        CanvasImage image = webgl.canvasImages().values().iterator().next();
        assertNull(image.dataUrl());
        assertTrue(image.note().contains("WebGL"));
    }

    @Test
    void shadowRootsHoldTheirChildren() {
        Mirror mirror = Fixtures.at("shadow-dom", 1001);
        List<String> texts = Fixtures.allElements(mirror).stream().filter(e -> e.localName().equals("span"))
                .map(MirrorElement::textContent).toList();
        assertEquals(List.of("shadow dom one", "shadow dom two"), texts);
        assertTrue(Fixtures.allElements(mirror).stream().anyMatch(e -> e.shadowRoot() != null && !e.shadowRoot().children().isEmpty()));
    }

    @Test
    void mediaStateComesFromTheFullSnapshot() {
        Mirror mirror = Fixtures.at("video-playback-on-full-snapshot", 7889);
        MediaState state = mirror.mediaStates().values().iterator().next();
        assertTrue(state.playing());
        assertTrue(state.muted());
        assertTrue(state.loop());
        assertEquals(1, state.playbackRate());
    }

    @Test
    void aBuiltMediaElementIsAnnouncedWithItsRecordedStateOnceItIsInTheTree() {
        Mirror mirror = new Mirror();
        List<String> announced = new java.util.ArrayList<>();
        mirror.addListener(new MirrorListener() {
            @Override
            public void mediaChanged(MirrorElement media, MediaState state) {
                announced.add(media.localName() + " " + state.playing() + " " + state.loop() + " in tree "
                        + (mirror.node(media.id()) == media));
            }
        });
        for (var event : Fixtures.events("video-playback-on-full-snapshot")) {
            mirror.apply(event);
        }
        assertEquals(List.of("video true true in tree true"), announced, "rrweb's addMediaElements, once per build");
    }

    @Test
    void mediaInteractionsUpdateTheState() {
        Mirror mirror = Fixtures.at("video-playback", 17100602896L);
        assertFalse(mirror.mediaStates().isEmpty());
    }

    @Test
    void remoteStyleSheetLinkIsRebuiltAsStyle() {
        Mirror mirror = Fixtures.at("sample-remote-style-sheet-events", 2001);
        MirrorElement style = Fixtures.element(mirror, 4);
        assertEquals("style", style.localName());
        assertTrue(style.textContent().startsWith(".OverlayDrawer-modal-187"));
        assertNotNull(style.sheet());
        assertTrue(style.sheet().hasRule(".OverlayDrawer-paper-188"));
    }

    private static List<String> texts(List<CssSheet> sheets) {
        return sheets.stream().flatMap(s -> s.rules().stream()).map(CssRule::cssText).toList();
    }
}
