package dev.phreplay.ui.render;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.phreplay.dom.MediaState;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.testing.Dom;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No request leaves by default. A local server is referenced from every kind of resource a page
 * can load; with the lock on the server receives nothing although WebKit asks for each resource
 * (the lock counts them), and with "load remote resources" on the same page does reach it.
 */
class NetworkLockTest {
    private static final List<String> EXPECTED = List.of("/img", "/srcset", "/link", "/import", "/font", "/bg", "/frame");

    private HttpServer server;
    private final List<Stage> stages = new ArrayList<>();
    private final List<PageView> pages = new ArrayList<>();
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private NetworkLock lock;

    @BeforeEach
    void startServer() throws Exception {
        Fx.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath());
            byte[] body = exchange.getRequestURI().getPath().equals("/link") ? "p{color:red}".getBytes() : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().equals("/link") ? "text/css" : "text/plain");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        lock = NetworkLock.install();
        lock.reset();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        // the video's own loading is not waited for above; it is stopped so that it cannot reach the
        // lock, which every test shares, after this test
        Fx.run(() -> pages.forEach(page -> page.engineForTests().executeScript("Array.prototype.forEach.call("
                + "document.querySelectorAll('video, audio'), function (m) { m.removeAttribute('src'); m.load(); })")));
        Fx.run(() -> stages.forEach(Stage::close));
        lock.reset();
    }

    private MirrorElement video;

    private MirrorDocument pageReferencingServer(String run) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String q = "?run=" + run;
        String css = "@import url(\"" + base + "/import" + q + "\");\n"
                + "@font-face { font-family: Remote; src: url(\"" + base + "/font" + q + "\"); }\n"
                + "body { background: url(\"" + base + "/bg" + q + "\"); font-family: Remote; }";
        MirrorNode[] head = {
            el("link", "rel", "stylesheet", "href", base + "/link" + q),
            el("style", text(css))};
        video = el("video", "src", base + "/video" + q, "poster", base + "/poster" + q);
        return Dom.page(head,
                el("p", text("text in the remote font")),
                el("img", "src", base + "/img" + q),
                el("img", "srcset", base + "/srcset" + q + " 1x"),
                el("iframe", "src", base + "/frame" + q),
                video);
    }

    private PageView render(MirrorDocument mirror) {
        PageView page = Pages.ready();
        pages.add(page);
        Fx.run(() -> {
            // Shown, so that layout and paint fetch backgrounds and fonts too.
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(page.webView()), 800, 600));
            stage.show();
            stages.add(stage);
            // the video is driven as while playing: told to play, from a recorded position
            page.renderer().setClock(new PlayClock(0, 1, true, true));
            page.renderer().documentRebuilt(mirror);
            page.renderer().mediaChanged(video, new MediaState(true, 2.5, 0, 1, false, 1, false));
            page.flush();
        });
        return page;
    }

    private boolean blockedAll(String run) {
        return EXPECTED.stream().allMatch(path -> lock.blockedUrls().stream().anyMatch(
                url -> url.contains(path + "?run=" + run)));
    }

    @Test
    void lockedPageSendsNoRequest() {
        PageView page = render(pageReferencingServer("locked"));
        assertEquals(true, Fx.call(() -> page.engineForTests().executeScript("document.querySelector('video').muted")),
                "the video was driven (muted, told to play) as the player does");
        Fx.waitUntil("WebKit asked for every resource and the lock refused it", Duration.ofSeconds(30),
                () -> blockedAll("locked"), () -> "blocked " + lock.blockedUrls());
        assertEquals(Set.of(), received, "the server must receive no request");
        assertTrue(lock.blockedCount() >= EXPECTED.size(), "blocked: " + lock.blockedUrls());
    }

    @Test
    void controlWithRemoteResourcesAllowedReachesTheServer() {
        lock.setRemoteAllowed(true);
        render(pageReferencingServer("open"));
        Fx.waitUntil("the server received the page's requests", Duration.ofSeconds(30),
                () -> received.containsAll(EXPECTED), () -> "received " + received);
        assertEquals(0, lock.blockedCount());
    }
}
