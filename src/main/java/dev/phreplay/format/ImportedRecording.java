package dev.phreplay.format;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recording imported from PostHog or rrweb files, cleaned up and held in memory as one compact
 * byte[] per event: imports have to be sorted and de-duplicated, which needs all of one recording.
 */
public final class ImportedRecording implements OpenedRecording {
    private final Path path;
    private final String kind;
    private final String recordingId;
    private final Map<String, List<RawEvent>> windows;
    private final byte[] metadata;
    private final List<Finding> warnings;

    ImportedRecording(Path path, String kind, String recordingId, Map<String, List<RawEvent>> windows, byte[] metadata,
            List<Finding> warnings) {
        this.path = path;
        this.kind = kind;
        this.recordingId = recordingId;
        this.windows = new LinkedHashMap<>(windows);
        this.metadata = metadata;
        this.warnings = List.copyOf(warnings);
    }

    @Override
    public List<String> windowIds() {
        return List.copyOf(windows.keySet());
    }

    @Override
    public EventCursor events(String windowId) {
        List<RawEvent> events = windows.get(windowId);
        if (events == null) {
            throw new IllegalArgumentException("no window " + windowId + " in " + path);
        }
        Iterator<RawEvent> iterator = events.iterator();
        return new EventCursor() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public RawEvent next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    /** The events of one window, in order. */
    public List<RawEvent> eventList(String windowId) {
        return windows.getOrDefault(windowId, List.of());
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
    public void close() {
        // held in memory
    }
}
