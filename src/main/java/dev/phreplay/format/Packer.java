package dev.phreplay.format;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Writes an opened recording as a {@code .phreplay} package (see {@link PackageWriter}). */
public final class Packer {
    private Packer() {}

    /**
     * @param id the recording id to record, or {@code null} for the recording's own
     * @param source a PostHog host, or {@code "file"}
     * @param createdAt the creation time, or {@code null} for the recording's last timestamp
     * @param progress receives a line of progress per window
     */
    public static Manifest pack(OpenedRecording recording, Path out, String id, String source, Instant createdAt,
            Consumer<String> progress) throws IOException {
        return pack(recording, out, id, source, createdAt, Map.of(), progress);
    }

    /**
     * Also packs {@code assets}: each file is kept at the entry {@link AssetPaths} gives its URL (the
     * keys), in the order of those entries, so the same inputs still give the same bytes.
     */
    public static Manifest pack(OpenedRecording recording, Path out, String id, String source, Instant createdAt,
            Map<String, Path> assets, Consumer<String> progress) throws IOException {
        SortedMap<String, Path> byEntry = new TreeMap<>();
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            String entry = AssetPaths.entryFor(asset.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "no package entry can hold " + asset.getKey() + ": only http(s) URLs with a host and a plain path"));
            if (byEntry.put(entry, asset.getValue()) != null) {
                throw new IllegalArgumentException("two assets would be kept at " + entry);
            }
        }
        try (PackageWriter writer = PackageWriter.create(out)) {
            for (String window : recording.windowIds()) {
                writer.beginWindow(window);
                long count = 0;
                try (EventCursor events = recording.events(window)) {
                    while (events.hasNext()) {
                        RawEvent event = events.next();
                        writer.append(event.json());
                        if (++count % 100_000 == 0) {
                            progress.accept("window " + window + ": " + count + " events written");
                        }
                    }
                }
                writer.endWindow();
                progress.accept("window " + window + ": " + count + " events");
            }
            if (recording.metadata().isPresent()) {
                writer.metadata(recording.metadata().get());
            }
            for (Map.Entry<String, Path> asset : byEntry.entrySet()) {
                writer.asset(asset.getKey().substring(Manifest.ASSETS_FOLDER.length()), Files.readAllBytes(asset.getValue()));
                progress.accept("asset " + asset.getKey());
            }
            return writer.finish(id != null ? id : recording.recordingId(), source, createdAt);
        }
    }
}
