package dev.phreplay.format;

import java.util.List;
import java.util.Map;

/**
 * The table of contents of a {@code .phreplay} package ({@code manifest.json}); see docs/FORMAT.md.
 * {@code redaction} and {@code signature} are reserved: written as {@code null} by format 1.0.
 */
public record Manifest(String formatVersion, Producer producer, String createdAt, Recording recording, List<Entry> entries) {
    public static final String FORMAT = "phreplay";
    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;
    public static final String PATH = "manifest.json";
    public static final String METADATA_PATH = "metadata.json";
    public static final String WINDOWS_FOLDER = "windows/";
    public static final String ASSETS_FOLDER = "assets/";

    public record Producer(String name, String version) {}

    /** One window: its id as the source gave it, and the entry holding its events. */
    public record Window(String id, String entry, long eventCount, long firstTimestamp, long lastTimestamp) {}

    public record Recording(String id, String source, long firstTimestamp, long lastTimestamp, long durationMs,
            String firstUrl, List<Window> windows, long eventCount, Map<String, Long> eventCountsByType,
            Map<String, Long> eventCountsByIncrementalSource, long consoleErrorCount, long networkRequestCount) {}

    /** A file in the package other than the manifest, with its size and SHA-256 (lower-case hex). */
    public record Entry(String path, long size, String sha256) {}

    public java.util.Optional<Entry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    public java.util.Optional<Window> window(String id) {
        return recording.windows().stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
