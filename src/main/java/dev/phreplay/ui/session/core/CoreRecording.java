package dev.phreplay.ui.session.core;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.Timeline;
import dev.phreplay.replay.TimelineOptions;
import dev.phreplay.ui.session.TimelineMarker;
import java.util.concurrent.CompletableFuture;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** A recording opened by the core's reader; each window replays through the timeline into a mirror. */
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
        Timeline<MirrorState> timeline = Timeline.load(recording.events(windowId), MirrorState::new, TimelineOptions.DEFAULT);
        CompletableFuture<List<TimelineMarker>> markers = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                markers.complete(WindowMarkers.of(timeline));
            } catch (InterruptedException | RuntimeException e) {
                markers.complete(List.of());
            }
        }, "phreplay-markers");
        thread.setDaemon(true);
        thread.start();
        return new CoreWindow(timeline, markers);
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
