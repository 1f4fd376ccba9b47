package dev.phreplay.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only reference folder {@code ../shared}: fixtures and rrweb's oracle dumps. */
public final class Shared {
    private Shared() {}

    public static Path root() {
        Path root = Path.of(System.getProperty("phreplay.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared reference folder is missing: " + root);
        }
        return root;
    }

    public static Path rrwebFixture(String name) {
        return root().resolve("fixtures/rrweb").resolve(name);
    }

    public static Path posthogFixture(String name) {
        return root().resolve("fixtures/posthog").resolve(name);
    }

    public static List<Path> rrwebFixtures() {
        return list(root().resolve("fixtures/rrweb"), ".json");
    }

    public static List<Path> oracleFiles() {
        return list(root().resolve("oracle"), ".dom.json");
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
