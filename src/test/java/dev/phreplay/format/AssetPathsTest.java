package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetPathsTest {
    @Test
    void aUrlIsKeptLikeAMirrorOfTheWebAndFoundAgain() {
        assertEquals(Optional.of("assets/https/cdn.example.com/img/logo.png"), AssetPaths.entryFor("https://CDN.example.com/img/logo.png"));
        assertEquals(Optional.of("assets/http/example.com_8080/a.css%3Fv=2&x=%2Fy"), AssetPaths.entryFor("http://example.com:8080/a.css?v=2&x=/y"));
        assertEquals(Optional.of("assets/https/example.com/docs/index"), AssetPaths.entryFor("https://example.com/docs/"));
        assertEquals(List.of("https://cdn.example.com/img/logo.png"), AssetPaths.urlsFor("assets/https/cdn.example.com/img/logo.png"));
        assertEquals(List.of("http://example.com:8080/a.css?v=2&x=/y"), AssetPaths.urlsFor("assets/http/example.com_8080/a.css%3Fv=2&x=%2Fy"));
        assertEquals(List.of("https://example.com/docs/index", "https://example.com/docs/"), AssetPaths.urlsFor("assets/https/example.com/docs/index"));
    }

    @Test
    void urlsWithoutAPlaceAreRefused() {
        for (String url : List.of("data:image/png;base64,AAAA", "file:///etc/passwd", "https:///nohost.png", "/relative.png",
                "https://example.com/a/../../b.png", "https://example.com/a//b.png", "not a url")) {
            assertEquals(Optional.empty(), AssetPaths.entryFor(url), url);
        }
        assertEquals(List.of(), AssetPaths.urlsFor("windows/0.jsonl"));
        assertEquals(List.of(), AssetPaths.urlsFor("assets/ftp/example.com/a"));
    }
}
