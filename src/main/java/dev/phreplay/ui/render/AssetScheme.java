package dev.phreplay.ui.render;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the files a package keeps under {@code assets/} to the WebView, through the URL scheme
 * {@value #PROTOCOL}: the page asks for {@code phreplay-asset://r7/https/cdn.example.com/logo.png}
 * and gets the package's {@code assets/https/cdn.example.com/logo.png}, with no network involved
 * (the network lock still refuses every http(s) request). Each open recording serves under a host
 * name of its own until it is closed.
 */
public final class AssetScheme {
    public static final String PROTOCOL = "phreplay-asset";
    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();
    private static volatile boolean installed;

    /** Reads an asset entry of a recording (an {@code assets/…} name), empty when there is none. */
    @FunctionalInterface
    public interface Source {
        Optional<byte[]> read(String entry) throws IOException;
    }

    /** A recording's assets, served until closed. */
    public record Registration(String host) implements AutoCloseable {
        /** The URL at which the page finds {@code entry} ({@code assets/…}). */
        public String urlOf(String entry) {
            return PROTOCOL + "://" + host + "/" + entry.substring(entry.indexOf('/') + 1);
        }

        /** Recorded URL → the URL of its copy, from recorded URL → {@code assets/…} entry. */
        public Map<String, String> localUrls(Map<String, String> entriesByUrl) {
            Map<String, String> local = new LinkedHashMap<>();
            entriesByUrl.forEach((url, entry) -> local.put(url, urlOf(entry)));
            return local;
        }

        @Override
        public void close() {
            SOURCES.remove(host);
        }
    }

    private AssetScheme() {}

    /** Serves {@code source}'s assets; the scheme is installed in the JVM on first use. */
    public static Registration register(Source source) {
        install();
        String host = "r" + NEXT.incrementAndGet();
        SOURCES.put(host, source);
        return new Registration(host);
    }

    /** Whether the JVM's URL handler for the scheme is ours (another factory set first would prevent it). */
    public static boolean available() {
        install();
        return installed;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            URL.setURLStreamHandlerFactory(protocol -> PROTOCOL.equals(protocol) ? new Handler() : null);
            installed = true;
        } catch (Error alreadySet) {
            // Another URL handler factory owns the JVM: assets are then not served, and the page shows
            // those resources as missing, never fetched from the network.
        }
    }

    private static final class Handler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            Source source = SOURCES.get(url.getHost());
            String entry = "assets" + url.getPath();
            byte[] bytes = source == null ? null : source.read(entry).orElse(null);
            if (bytes == null) {
                throw new FileNotFoundException(url.toString());
            }
            return new AssetConnection(url, bytes, contentType(entry));
        }
    }

    private static final class AssetConnection extends URLConnection {
        private final byte[] bytes;
        private final String type;

        AssetConnection(URL url, byte[] bytes, String type) {
            super(url);
            this.bytes = bytes;
            this.type = type;
        }

        @Override
        public void connect() {
            connected = true;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public String getContentType() {
            return type;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }
    }

    /** By the name's extension (before a kept query): style sheets must be text/css to apply. */
    static String contentType(String entry) {
        String name = entry.toLowerCase(Locale.ROOT);
        int query = name.indexOf("%3f");
        if (query >= 0) {
            name = name.substring(0, query);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "css" -> "text/css";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "ttf" -> "font/ttf";
            case "otf" -> "font/otf";
            case "mp4" -> "video/mp4";
            case "webm" -> "video/webm";
            default -> "application/octet-stream";
        };
    }
}
