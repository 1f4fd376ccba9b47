package dev.phreplay.ui.testing;

import dev.phreplay.ui.render.PageView;
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
}
