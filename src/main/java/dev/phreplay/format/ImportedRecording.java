package dev.phreplay.format;

import dev.phreplay.event.EventCursor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recording imported from PostHog or rrweb files. Its events wait in temporary files, one per
 * window, already normalised and sorted (see {@link WindowSpool}); each cursor streams them through
 * PostHog's clean-up ({@link Cleanup}). Closing deletes the temporary files.
 */
public final class ImportedRecording implements OpenedRecording {
    private final Path path;
    private final String kind;
    private final String recordingId;
    private final Map<String, WindowSpool> windows;
    private final String fallbackHref;
    private final byte[] metadata;
    private final List<Finding> warnings;
    private final Path spoolFolder;

    ImportedRecording(Path path, String kind, String recordingId, Map<String, WindowSpool> windows, String fallbackHref,
            byte[] metadata, List<Finding> warnings, Path spoolFolder) {
        this.path = path;
        this.kind = kind;
        this.recordingId = recordingId;
        this.windows = new LinkedHashMap<>(windows);
        this.fallbackHref = fallbackHref;
        this.metadata = metadata;
        this.warnings = List.copyOf(warnings);
        this.spoolFolder = spoolFolder;
    }

    @Override
    public List<String> windowIds() {
        return List.copyOf(windows.keySet());
    }

    @Override
    public EventCursor events(String windowId) throws IOException {
        WindowSpool spool = windows.get(windowId);
        if (spool == null) {
            throw new IllegalArgumentException("no window " + windowId + " in " + path);
        }
        return new Cleanup(spool.read(), spool.firstResize(), fallbackHref);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String recordingId() {
        return recordingId;
    }

    @Override
    public Optional<Manifest> manifest() {
        return Optional.empty();
    }

    @Override
    public Optional<byte[]> metadata() {
        return Optional.ofNullable(metadata);
    }

    @Override
    public List<Finding> warnings() {
        return warnings;
    }

    @Override
    public void close() throws IOException {
        deleteSpools(windows.values(), spoolFolder);
    }

    static void deleteSpools(Collection<WindowSpool> spools, Path folder) throws IOException {
        for (WindowSpool spool : spools) {
            spool.delete();
        }
        if (folder != null) {
            Files.deleteIfExists(folder);
        }
    }
}
