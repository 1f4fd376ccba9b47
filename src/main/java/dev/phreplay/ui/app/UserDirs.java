package dev.phreplay.ui.app;

import java.nio.file.Path;
import java.util.Locale;

/** The per-user folder for phreplay's own files (instance hand-off, logs); overridable for tests. */
public final class UserDirs {
    private UserDirs() {}

    public static Path config() {
        String override = System.getProperty("phreplay.config.dir");
        if (override != null) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "phreplay");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "phreplay");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("phreplay");
    }
}
