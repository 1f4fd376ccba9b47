package dev.phreplay.ui.render;

import dev.phreplay.event.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The locked-down WebView that shows the mirror. The page's own JavaScript is disabled; only
 * renderer.js runs, through {@link WebEngine#executeScript}. The view takes no input (a click
 * cannot follow a recorded link), opens no pop-ups, and cancels any navigation after start-up.
 * FX thread only.
 */
public final class PageView {
    private static final String BLANK = "<!DOCTYPE html><html><head></head><body></body></html>";
    private static final String SCRIPT = loadScript();
    /** {@code -Dphreplay.profile.render=true}: print each frame's op size, script time and node count. */
    private static final boolean PROFILE = Boolean.getBoolean("phreplay.profile.render");

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final MirrorRenderer renderer = new MirrorRenderer();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private Consumer<RenderFrame> frameListener = frame -> {};
    private Consumer<RenderFailure> failureListener = failure -> {};
    private final boolean locked;
    private int navigationsBlocked;
    private String assetsJson = "{}";
    /** renderer.js's {@code window.__phr}, called directly: recorded data (the ops, asset URLs) goes in as JSON text, never as script source. */
    private JSObject script;

    public PageView() {
        this(true);
    }

    /**
     * {@code locked = false} exists only as the control case of the lock-down tests: it shows that
     * the same recorded DOM does run scripts when nothing neutralises it, so those tests can fail.
     */
    PageView(boolean locked) {
        this.locked = locked;
        NetworkLock.install();
        engine.setJavaScriptEnabled(!locked);
        engine.setCreatePopupHandler(features -> null);
        engine.setConfirmHandler(message -> false);
        engine.setPromptHandler(prompt -> null);
        webView.setContextMenuEnabled(false);
        webView.setMouseTransparent(true);
        webView.setFocusTraversable(false);
        engine.getLoadWorker().stateProperty().addListener((property, old, state) -> onLoadState(state));
        engine.loadContent(BLANK);
    }

    public WebView webView() {
        return webView;
    }

    public MirrorRenderer renderer() {
        return renderer;
    }

    /** True once the blank page and renderer.js are loaded; frames drawn before that wait. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public boolean isReady() {
        return ready.get();
    }

    public void setViewportSize(double width, double height) {
        webView.setMinSize(width, height);
        webView.setPrefSize(width, height);
        webView.setMaxSize(width, height);
        webView.resize(width, height);
    }

    /** Recorded URL → the URL of the package's copy ({@link AssetScheme}); the next pages drawn use them. */
    public void setAssets(Map<String, String> localUrls) {
        try {
            assetsJson = Json.mapper().writeValueAsString(localUrls);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is plain JSON", e);
        }
        if (isReady()) {
            script.call("setAssets", assetsJson);
        }
    }

    public void setOnFrame(Consumer<RenderFrame> listener) {
        frameListener = listener;
    }

    public void setOnFailure(Consumer<RenderFailure> listener) {
        failureListener = listener;
    }

    /** Draws what the mirror changed since the last frame: one script call at most. */
    public void flush() {
        if (!isReady()) {
            return;
        }
        RenderFrame frame = renderer.drain();
        if (frame.viewport() != null) {
            setViewportSize(frame.viewport().width(), frame.viewport().height());
        }
        if (frame.ops() != null) {
            long start = System.nanoTime();
            Object failure = applyOps(frame.ops());
            if (PROFILE) {
                System.err.printf("phreplay render: %d chars of ops in %.1f ms; %s nodes%n", frame.ops().length(),
                        (System.nanoTime() - start) / 1e6, engine.executeScript("document.getElementsByTagName('*').length"));
            }
            if (failure instanceof String text) {
                // the page may now differ from what the renderer believes it holds: the next seek draws it whole
                renderer.pageDiverged();
                failureListener.accept(RenderFailure.parse(text));
            }
        }
        frameListener.accept(frame.pointer() == null && frame.clicks().isEmpty() ? frame : frame.placed(this::inTopPage));
    }

    /** Hands an op list to renderer.js as JSON text; returns null, or the first failure as "eventIndex\tmessage". */
    Object applyOps(String json) {
        return script.call("applyJson", json);
    }

    /**
     * rrweb records a pointer over an iframe in the iframe's coordinates; the cursor is drawn over
     * the top page, so the frame's offset is added (as the Replayer does).
     */
    private RenderFrame.Pointer inTopPage(RenderFrame.Pointer pointer) {
        if (pointer.targetId() < 0) {
            return pointer;
        }
        Object offset = engine.executeScript("window.__phr.frameOffsetOf(" + pointer.targetId() + ")");
        if (!(offset instanceof String text)) {
            return pointer;
        }
        String[] parts = text.split(",");
        return pointer.shifted(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }

    /**
     * Has WebKit compute styles and lay the page out now, as it would before painting the next
     * frame (the benchmark times that apart from building the page).
     */
    public void layOut() {
        if (isReady()) {
            engine.executeScript("window.__phr.layOut()");
        }
    }

    /** The box of a rendered node in page coordinates ({x, y, width, height}), or null when it has none. */
    public double[] bounds(int nodeId) {
        if (!isReady()) {
            return null;
        }
        Object box = engine.executeScript("window.__phr.bounds(" + nodeId + ")");
        if (!(box instanceof String text)) {
            return null;
        }
        String[] parts = text.split(",");
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }

    /** The mirror id of the element drawn at (x, y) of the page, or -1 (none, or a shadow root). */
    public int pick(double x, double y) {
        if (!isReady()) {
            return -1;
        }
        Object key = engine.executeScript("window.__phr.pick(" + x + "," + y + ")");
        if (key instanceof String text && !text.startsWith("s")) {
            return Integer.parseInt(text);
        }
        return -1;
    }

    /** The rendered DOM in the JSON of dom-dump.md: {@code {"dom":…,"scroll":…,"inputs":…}}. */
    public String dumpJson() {
        requireReady();
        return (String) engine.executeScript("window.__phr.dump()");
    }

    /** How many recorded attributes were neutralised (on* handlers, javascript: URLs, …). */
    public int neutralisedCount() {
        requireReady();
        return ((Number) engine.executeScript("window.__phr.neutralised()")).intValue();
    }

    /** Features the page's WebKit lacks (e.g. attachShadow), one per line, for the log. */
    public String unsupportedNotes() {
        requireReady();
        return (String) engine.executeScript("window.__phr.notes()");
    }

    public int navigationsBlocked() {
        return navigationsBlocked;
    }

    WebEngine engine() {
        return engine;
    }

    /** For tests that inspect the rendered page directly (computed styles, classes). */
    public WebEngine engineForTests() {
        return engine;
    }

    private void onLoadState(Worker.State state) {
        if (ready.get()) {
            if (locked && (state == Worker.State.SCHEDULED || state == Worker.State.RUNNING)) {
                navigationsBlocked++;
                engine.getLoadWorker().cancel();
            }
            return;
        }
        if (state == Worker.State.SUCCEEDED) {
            engine.executeScript(SCRIPT);
            script = (JSObject) engine.executeScript("window.__phr");
            if (!locked) {
                engine.executeScript("window.__phr.unlockForControlTest()");
            }
            script.call("setAssets", assetsJson);
            ready.set(true);
            flush();
        }
    }

    private void requireReady() {
        if (!isReady()) {
            throw new IllegalStateException("the page is not loaded yet");
        }
    }

    private static String loadScript() {
        try (InputStream in = PageView.class.getResourceAsStream("renderer.js")) {
            if (in == null) {
                throw new IllegalStateException("renderer.js is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
