package dev.phreplay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a command's output to standard output, or atomically to a file (temp file in the same folder, then move). */
final class AtomicOutput {
    interface Body {
        void write(Writer out) throws IOException;
    }

    private AtomicOutput() {}

    static void write(Path target, PrintWriter stdout, Body body) throws IOException {
        if (target == null) {
            body.write(stdout);
            stdout.flush();
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
