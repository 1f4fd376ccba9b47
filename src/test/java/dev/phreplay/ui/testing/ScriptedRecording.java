package dev.phreplay.ui.testing;

import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.WindowPlayback;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Two windows, "A" and "B", of {@link ScriptedPlayback}. */
public record ScriptedRecording(Path file, boolean verified, List<Finding> warnings, int brokenEvent)
        implements PlayerRecording {
    @Override
    public List<String> windowIds() {
        return List.of("window-A", "window-B");
    }

    @Override
    public WindowPlayback openWindow(String windowId) {
        return new ScriptedPlayback(windowId.equals("window-A") ? "A" : "B", brokenEvent);
    }

    @Override
    public ZoneId timeZone() {
        return ZoneId.of("Europe/Berlin");
    }

    @Override
    public void close() {}
}
