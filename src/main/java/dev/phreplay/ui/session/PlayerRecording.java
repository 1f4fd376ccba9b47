package dev.phreplay.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** An opened recording. */
public interface PlayerRecording extends AutoCloseable {
    Path file();

    /** Window ids in order of first appearance; at least one. */
    List<String> windowIds();

    WindowPlayback openWindow(String windowId) throws IOException;

    /** The time zone the recording was made in, or null when the recording does not say. */
    ZoneId timeZone();

    /** True when this is a package whose checksums were verified. */
    boolean verified();

    /** Warnings of a valid recording (never errors: a recording with errors is not opened). */
    List<Finding> warnings();

    /** What the inspectors found (console, network, activity), when they are done; never completes by default. */
    default java.util.concurrent.CompletableFuture<dev.phreplay.inspect.Inspection> inspection() {
        return new java.util.concurrent.CompletableFuture<>();
    }

    @Override
    void close();
}
