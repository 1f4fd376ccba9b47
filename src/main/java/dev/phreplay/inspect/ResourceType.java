package dev.phreplay.inspect;

import java.util.Locale;

/** The type filter of the network panel, derived from the initiator type and, failing that, the URL. */
public enum ResourceType {
    FETCH("Fetch/XHR"), DOCUMENT("Document"), SCRIPT("Script"), CSS("CSS"), IMAGE("Image"), OTHER("Other");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * fetch/xmlhttprequest/beacon/ping are Fetch/XHR; navigation, iframe and frame Document;
     * script Script; img/image/icon Image; everything else (link, css, other...) by the URL's extension.
     */
    public static ResourceType of(String entryType, String initiatorType, String url) {
        if ("navigation".equals(entryType)) {
            return DOCUMENT;
        }
        String initiator = initiatorType == null ? "" : initiatorType.toLowerCase(Locale.ROOT);
        return switch (initiator) {
            case "fetch", "xmlhttprequest", "beacon", "ping" -> FETCH;
            case "navigation", "iframe", "frame" -> DOCUMENT;
            case "script" -> SCRIPT;
            case "img", "image", "icon" -> IMAGE;
            default -> byExtension(url);
        };
    }

    static ResourceType byExtension(String url) {
        String path = url == null ? "" : url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
        return switch (ext) {
            case "css" -> CSS;
            case "js", "mjs", "cjs" -> SCRIPT;
            case "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp" -> IMAGE;
            case "html", "htm" -> DOCUMENT;
            default -> OTHER;
        };
    }
}
