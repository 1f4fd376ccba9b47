package dev.phreplay.ui.session.core;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** A recording opened by the core's reader; each window replays into a mirror. */
final class CoreRecording implements PlayerRecording {
    private final OpenedRecording recording;
    private final boolean verified;
    private final List<Finding> warnings;

    CoreRecording(OpenedRecording recording, boolean verified, List<Finding> warnings) {
        this.recording = recording;
        this.verified = verified;
        this.warnings = warnings;
    }

    @Override
    public Path file() {
        return recording.path();
    }

    @Override
    public List<String> windowIds() {
        return recording.windowIds();
    }

    @Override
    public WindowPlayback openWindow(String windowId) throws IOException {
        return EventListWindow.load(recording.events(windowId));
    }

    /** The package format does not record where the recording was made. */
    @Override
    public ZoneId timeZone() {
        return null;
    }

    @Override
    public boolean verified() {
        return verified;
    }

    @Override
    public List<Finding> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            recording.close();
        } catch (IOException e) {
            // closing a read-only input: nothing to lose
        }
    }
}
