package dev.phreplay.format;

import dev.phreplay.event.RecordingEvents;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A recording opened by {@link Recordings#open}: a {@code .phreplay} package or an imported PostHog/rrweb file. */
public interface OpenedRecording extends RecordingEvents {
    /** The file (the first one, for a recording imported from several). */
    Path path();

    /** What the input was, e.g. {@code phreplay package 1.0} or {@code PostHog export 2023-04-28}. */
    String kind();

    /** The recording's id (PostHog's session id when known). */
    String recordingId();

    /** The manifest, for a package. */
    Optional<Manifest> manifest();

    /** {@code metadata.json}: the person and the recording's properties, when known. */
    Optional<byte[]> metadata();

    /** What reading found that does not stop playback (newer minor version, missing timestamps...). */
    List<Finding> warnings();

    /** The package's files under {@code assets/} (see {@link AssetPaths}); none for an import. */
    default Set<String> assetEntries() {
        return Set.of();
    }

    /** The bytes of an asset entry, within the reader's limits; empty when there is no such entry. */
    default Optional<byte[]> asset(String entry) throws RecordingException {
        return Optional.empty();
    }
}
