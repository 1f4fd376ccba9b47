package dev.phreplay.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/** Opens a file off the FX thread; {@code progress} receives 0..1 (or -1 when unknown). */
@FunctionalInterface
public interface RecordingOpener {
    OpenOutcome open(Path file, DoubleConsumer progress) throws IOException;

    /**
     * Called once when the player starts, before its window exists: an opener may load and compile
     * its code in the background meanwhile, so the first file opens as fast as later ones. The
     * future completes when that is done.
     */
    default CompletableFuture<Void> warmUp() {
        return CompletableFuture.completedFuture(null);
    }
}
