package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resources a package holds load from it, through the phreplay-asset scheme: an image, a CSS
 * background in a style attribute and one in a style sheet. Others stay blocked, and the dump
 * still shows the recorded URLs.
 */
class AssetRenderingTest {
    /** A 2x3 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAgAAH/ZVOXKgAAAABJRU5ErkJggg==");
    private static final String BASE = "https://assets.example.invalid/";

    private final Set<String> served = ConcurrentHashMap.newKeySet();
    private Stage stage;
    private AssetScheme.Registration assets;

    @BeforeEach
    void start() {
        Fx.start();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            Fx.run(() -> stage.close());
        }
        if (assets != null) {
            assets.close();
        }
        NetworkLock.install().reset();
    }

    @Test
    void packagedResourcesLoadFromThePackageAndTheRestStaysBlocked() throws Exception {
        assertTrue(AssetScheme.available(), "the JVM's URL handlers are ours");
        NetworkLock lock = NetworkLock.install();
        lock.reset();
        assets = AssetScheme.register(entry -> {
            served.add(entry);
            return entry.endsWith(".png") ? Optional.of(PNG) : Optional.empty();
        });
        Map<String, String> local = Map.of(
                BASE + "logo.png", assets.urlOf("assets/https/assets.example.invalid/logo.png"),
                BASE + "inline.png", assets.urlOf("assets/https/assets.example.invalid/inline.png"),
                BASE + "sheet.png", assets.urlOf("assets/https/assets.example.invalid/sheet.png"));
        MirrorNode[] head = {el("style", text("#sheet { width: 4px; height: 4px; background: url(\"" + BASE + "sheet.png\"); }"))};
        MirrorDocument page = Dom.page(head,
                el("img", "id", "logo", "src", BASE + "logo.png"),
                el("div", "id", "inline", "style", "width: 4px; height: 4px; background-image: url(" + BASE + "inline.png)"),
                el("div", "id", "sheet"),
                el("img", "id", "missing", "src", BASE + "not-packed.png"));
        PageView view = Pages.ready();
        Fx.run(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(view.webView()), 400, 300));
            stage.show();
            view.setAssets(local);
            view.renderer().documentRebuilt(page);
            view.flush();
        });
        Fx.waitUntil("the packaged image has loaded", Duration.ofSeconds(30),
                () -> "2x3".equals(view.engine().executeScript(
                        "var i = document.getElementById('logo'); i.naturalWidth + 'x' + i.naturalHeight")));
        Fx.waitUntil("both backgrounds were served from the package", Duration.ofSeconds(30),
                () -> served.containsAll(List.of("assets/https/assets.example.invalid/inline.png",
                        "assets/https/assets.example.invalid/sheet.png")), served::toString);
        Fx.waitUntil("the unpacked image was asked for and blocked", Duration.ofSeconds(30),
                () -> lock.blockedUrls().stream().anyMatch(url -> url.contains("not-packed.png")), lock.blockedUrls()::toString);
        assertFalse(lock.blockedUrls().stream().anyMatch(url -> url.contains("logo.png") || url.contains("inline.png")
                || url.contains("sheet.png")), "packaged resources never reach the network lock: " + lock.blockedUrls());
        String dump = Fx.call(view::dumpJson);
        assertTrue(dump.contains(BASE + "logo.png") && dump.contains(BASE + "inline.png") && dump.contains(BASE + "sheet.png"),
                "the dump shows what was recorded: " + dump);
        assertFalse(dump.contains(AssetScheme.PROTOCOL), dump);
    }

    @Test
    void contentTypesFollowTheExtensionBeforeAKeptQuery() {
        assertEquals("text/css", AssetScheme.contentType("assets/https/x.com/a.css%3Fv=2"));
        assertEquals("font/woff2", AssetScheme.contentType("assets/https/x.com/f.WOFF2"));
        assertEquals("application/octet-stream", AssetScheme.contentType("assets/https/x.com/index"));
    }
}
