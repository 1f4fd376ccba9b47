package dev.phreplay.ui.app;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Consumer;

/** macOS delivers double-clicked files as an open-file event, not as arguments. */
public final class OpenFileEvents {
    private OpenFileEvents() {}

    /** Installs the handler when the platform supports it; returns whether it did. */
    public static boolean install(Consumer<Path> open) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles().forEach(file -> open.accept(file.toPath())));
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
