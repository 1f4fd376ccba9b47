package dev.phreplay.ui.session;

import dev.phreplay.inspect.Inspection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** An opened recording. */
public interface PlayerRecording extends AutoCloseable {
    Path file();

    /** Window ids in order of first appearance; at least one. */
    List<String> windowIds();

    WindowPlayback openWindow(String windowId) throws IOException;

    /** The time zone the recording was made in, or null when the recording does not say. */
    ZoneId timeZone();

    /** True when this is a package whose checksums and events were verified (false while that runs). */
    boolean verified();

    /** Warnings of a valid recording (never errors: a recording with errors is not played); verification adds its own. */
    List<Finding> warnings();

    /**
     * The full check of a package (every checksum, every event), which runs beside the first frame so
     * that a large file shows at once: completes with its findings, where any error means the package is
     * invalid and must not be played. Completes at once, with nothing, for recordings that are not packages.
     */
    default CompletableFuture<List<Finding>> verification() {
        return CompletableFuture.completedFuture(List.of());
    }

    /** The package's assets: recorded URL → its {@code assets/…} entry (see {@code format.AssetPaths}); none by default. */
    default Map<String, String> assetEntries() {
        return Map.of();
    }

    /** The bytes of an asset entry, or empty. */
    default Optional<byte[]> asset(String entry) throws IOException {
        return Optional.empty();
    }

    /** What the inspectors found (console, network, activity), when they are done; never completes by default. */
    default CompletableFuture<Inspection> inspection() {
        return new CompletableFuture<>();
    }

    @Override
    void close();
}
