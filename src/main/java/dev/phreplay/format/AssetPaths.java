package dev.phreplay.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a package keeps the file of a URL: {@code assets/<scheme>/<host>[_<port>]/<path>}, with a
 * query kept after {@code %3F}, like a mirror of the web on disk. So a short script finds the file
 * a page asked for, and the player serves it instead of going to the network.
 * For example {@code https://cdn.example.com/img/logo.png?v=2} is kept as
 * {@code assets/https/cdn.example.com/img/logo.png%3Fv=2}. Only http(s) URLs with a host have a place;
 * a path with a {@code ..} segment, a backslash or a NUL has none.
 */
public final class AssetPaths {
    private AssetPaths() {}

    /**
     * The URLs whose file {@code entry} is: the reverse of {@link #entryFor} (a path ending in
     * {@code /index} also stands for its folder URL). Empty for an entry outside that layout.
     */
    public static List<String> urlsFor(String entry) {
        if (!entry.startsWith(Manifest.ASSETS_FOLDER)) {
            return List.of();
        }
        String[] parts = entry.substring(Manifest.ASSETS_FOLDER.length()).split("/", 3);
        if (parts.length < 3 || !(parts[0].equals("http") || parts[0].equals("https")) || parts[1].isEmpty()) {
            return List.of();
        }
        int port = parts[1].lastIndexOf('_');
        String host = port > 0 && parts[1].substring(port + 1).matches("\\d{1,5}")
                ? parts[1].substring(0, port) + ":" + parts[1].substring(port + 1) : parts[1];
        String rest = parts[2];
        int query = rest.indexOf("%3F");
        String path = query < 0 ? rest : rest.substring(0, query);
        String tail = query < 0 ? "" : "?" + rest.substring(query + 3).replace("%2F", "/");
        String url = parts[0] + "://" + host + "/" + path + tail;
        if (path.equals("index") || path.endsWith("/index")) {
            String folder = parts[0] + "://" + host + "/" + path.substring(0, path.length() - "index".length()) + tail;
            return entryFor(folder).equals(Optional.of(entry)) ? List.of(url, folder) : List.of(url);
        }
        return List.of(url);
    }

    /** The entry (with its {@code assets/} folder) for {@code url}, or empty when it cannot be kept. */
    public static Optional<String> entryFor(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.endsWith("/")) {
            path += "index";
        }
        StringBuilder entry = new StringBuilder(Manifest.ASSETS_FOLDER).append(scheme).append('/')
                .append(host.toLowerCase(Locale.ROOT));
        if (uri.getPort() >= 0) {
            entry.append('_').append(uri.getPort());
        }
        entry.append(path);
        if (uri.getRawQuery() != null) {
            entry.append("%3F").append(uri.getRawQuery().replace("/", "%2F"));
        }
        String name = entry.toString();
        return EntryNames.unsafe(name).isPresent() || name.contains("//") || name.contains("/./")
                ? Optional.empty() : Optional.of(name);
    }
}
