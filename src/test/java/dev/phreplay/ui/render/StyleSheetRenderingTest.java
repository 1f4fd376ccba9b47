package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules inserted through the CSSOM (CSS-in-JS) style the page; the style element's text stays as recorded. */
class StyleSheetRenderingTest {
    private static PageView page;

    @BeforeAll
    static void start() {
        page = Pages.ready();
    }

    private static String color() {
        return (String) page.engineForTests().executeScript("getComputedStyle(document.getElementById('x')).color");
    }

    @Test
    void insertedRulesApplyWhilePlayingAndAfterARebuild() throws Exception {
        MirrorElement style = el("style");
        MirrorDocument mirror = Dom.page(new MirrorNode[] {style}, el("p", "id", "x", text("styled by a script")));
        Fx.run(() -> {
            page.renderer().documentRebuilt(mirror);
            page.flush();
        });
        assertEquals("rgb(0, 0, 0)", Fx.call(StyleSheetRenderingTest::color));

        style.sheet().insertRule(List.of(), "#x { color: rgb(1, 2, 3); }", 0);
        Fx.run(() -> {
            page.renderer().styleSheetsChanged(style);
            page.flush();
        });
        assertEquals("rgb(1, 2, 3)", Fx.call(StyleSheetRenderingTest::color), "while playing");

        Fx.run(() -> {
            page.renderer().documentRebuilt(mirror);
            page.flush();
        });
        assertEquals("rgb(1, 2, 3)", Fx.call(StyleSheetRenderingTest::color), "after a seek");
        String dump = Fx.call(page::dumpJson);
        assertEquals(0, new ObjectMapper().readTree(dump).get("dom").get("children").get(1).get("children").get(0)
                .get("children").get(0).get("children").size(), "the style element's text is untouched");
    }
}
