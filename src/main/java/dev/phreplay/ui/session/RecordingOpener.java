package dev.phreplay.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** Opens a file off the FX thread; {@code progress} receives 0..1 (or -1 when unknown). */
@FunctionalInterface
public interface RecordingOpener {
    OpenOutcome open(Path file, DoubleConsumer progress) throws IOException;
}
