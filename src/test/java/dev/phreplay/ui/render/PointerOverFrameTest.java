package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pointer recorded over an iframe is in the iframe's coordinates: the cursor is drawn shifted by the frame's place. */
class PointerOverFrameTest {
    @Test
    void aPointerInAFrameIsDrawnAtTheFramesOffset() {
        PageView page = Pages.ready();
        MirrorElement inFrame = el("p", text("inside the frame"));
        MirrorDocument frameDocument = Dom.page(inFrame);
        MirrorElement frame = el("iframe", "style", "position: absolute; left: 100px; top: 50px; border: 0; width: 300px; height: 200px");
        frame.setContentDocument(frameDocument);
        MirrorElement outside = el("p", text("top page"));
        MirrorDocument top = Dom.page(el("div", "style", "margin: 0"), frame, outside);
        List<RenderFrame.Pointer> drawn = new ArrayList<>();
        Fx.run(() -> {
            page.setOnFrame(frame1 -> {
                if (frame1.pointer() != null) {
                    drawn.add(frame1.pointer());
                }
            });
            page.renderer().documentRebuilt(top);
            page.flush();
            page.renderer().pointerMoved(10, 20, inFrame.id());
            page.flush();
            page.renderer().pointerMoved(10, 20, outside.id());
            page.flush();
        });
        assertEquals(2, drawn.size(), drawn.toString());
        assertEquals(110, drawn.get(0).x(), 0.5, "shifted by the frame's left");
        assertEquals(70, drawn.get(0).y(), 0.5, "and its top");
        assertEquals(10, drawn.get(1).x(), 0.0, "a pointer on the top page is where it was recorded");
        assertEquals(20, drawn.get(1).y(), 0.0);
    }
}
