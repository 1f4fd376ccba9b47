package dev.phreplay.ui.session;

import java.nio.file.Path;
import java.util.List;

/** The result of opening a file: a recording to play, or the findings that make it invalid. */
public sealed interface OpenOutcome {
    record Opened(PlayerRecording recording) implements OpenOutcome {}

    record Rejected(Path file, List<Finding> findings) implements OpenOutcome {}
}
