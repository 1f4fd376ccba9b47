package dev.phreplay.ui.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.ui.render.PageView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Locked-down pages for rendering tests. */
public final class Pages {
    private Pages() {}

    /** A new page whose blank document and rendering script are loaded (the toolkit is started first). */
    public static PageView ready() {
        Fx.start();
        PageView page = Fx.call(PageView::new);
        Fx.waitUntil("the page is ready", Duration.ofSeconds(30), page::isReady);
        return page;
    }

    /** Draws {@code document} as after a rebuild (a seek), in one frame. */
    public static void draw(PageView page, MirrorDocument document) {
        Fx.run(() -> {
            page.renderer().documentRebuilt(document);
            page.flush();
        });
    }

    /** Draws {@code document} whole, as the first page is drawn: the control of the reconciling tests. */
    public static void drawWhole(PageView page, MirrorDocument document) {
        Fx.run(() -> page.renderer().pageDiverged());
        draw(page, document);
    }

    /** The page's DOM in the JSON of dom-dump.md. */
    public static JsonNode dump(PageView page) {
        try {
            return new ObjectMapper().readTree(Fx.call(page::dumpJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
