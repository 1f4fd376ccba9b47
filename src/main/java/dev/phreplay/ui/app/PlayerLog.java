package dev.phreplay.ui.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Where the player writes the details of a failure; banners show this path, never a stack trace. */
public final class PlayerLog {
    private PlayerLog() {}

    public static Path file() {
        return UserDirs.config().resolve("logs").resolve("player.log");
    }

    /** Appends one entry; returns the log's path. Never throws: a failing log must not hide the failure. */
    public static Path write(String summary, Throwable cause) {
        StringBuilder entry = new StringBuilder().append(Instant.now()).append(' ').append(summary).append('\n');
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            entry.append(trace);
        }
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("phreplay: cannot write the log " + file + ": " + e.getMessage());
        }
        return file;
    }
}
