package dev.phreplay.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Recordings;
import dev.phreplay.testing.CliRun;
import dev.phreplay.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pack --asset keeps a resource in the package, where the player and any script find it by its URL. */
class PackAssetsTest {
    @TempDir
    Path temp;

    @Test
    void anAssetIsPackedAtItsUrlsPlaceChecksummedAndReadBack() throws Exception {
        Path logo = Files.write(temp.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path out = temp.resolve("with-assets.phreplay");
        String input = Shared.rrwebFixture("input.json").toString();
        CliRun run = CliRun.run("pack", input, "-o", out.toString(), "--asset", "https://cdn.example.com/img/logo.png?v=2=" + logo);
        assertEquals(0, run.exit(), run.err());
        assertEquals(0, CliRun.run("validate", out.toString()).exit(), "the asset is listed and checksummed");
        try (OpenedRecording recording = Recordings.open(out)) {
            assertEquals(Set.of("assets/https/cdn.example.com/img/logo.png%3Fv=2"), recording.assetEntries());
            assertArrayEquals(Files.readAllBytes(logo), recording.asset("assets/https/cdn.example.com/img/logo.png%3Fv=2").orElseThrow());
            assertTrue(recording.asset("assets/https/cdn.example.com/other.png").isEmpty());
        }
        Path again = temp.resolve("again.phreplay");
        CliRun.run("pack", input, "-o", again.toString(), "--asset", "https://cdn.example.com/img/logo.png?v=2=" + logo);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "packing stays deterministic");
    }

    @Test
    void aUrlWithoutAPlaceOrAMissingFileIsAUsageError() throws Exception {
        Path file = Files.writeString(temp.resolve("x.css"), "p{}");
        String input = Shared.rrwebFixture("input.json").toString();
        Path out = temp.resolve("out.phreplay");
        CliRun badUrl = CliRun.run("pack", input, "-o", out.toString(), "--asset", "data:text/css,p{}=" + file);
        assertEquals(2, badUrl.exit(), badUrl.err());
        assertTrue(badUrl.err().contains("data:text/css"), badUrl.err());
        CliRun missing = CliRun.run("pack", input, "-o", out.toString(), "--asset", "https://example.com/a.css=" + temp.resolve("none.css"));
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("none.css"), missing.err());
        assertFalse(Files.exists(out), "nothing is written");
    }
}
