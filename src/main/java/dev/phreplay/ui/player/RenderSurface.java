package dev.phreplay.ui.player;

import dev.phreplay.ui.render.RenderFailure;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.ViewportSize;
import java.util.Map;
import java.util.function.Consumer;

/** Where a playback is drawn: the view-model talks to the page through this, never to the WebView. */
public interface RenderSurface {
    /** Receives the mirror's changes. */
    PlaybackListener listener();

    /** Draws the changes received since the last call. */
    void redraw();

    void showViewport(ViewportSize size);

    /** Where the player's clock is, for what moves by itself on the page (animations, media). */
    void setClock(PlayClock clock);

    void setOnFailure(Consumer<RenderFailure> handler);

    /** Recorded URL → the URL of the package's copy, for the pages drawn from now on. */
    default void setAssets(Map<String, String> localUrls) {}
}
