package dev.phreplay.format;

import static dev.phreplay.testing.CliRun.run;

import dev.phreplay.testing.CliRun;
import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.format.samples.SamplePackages;
import dev.phreplay.testing.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed samples: what the generator writes today, valid, and every damaged byte caught. */
class SamplePackagesTest {
    static final Path SAMPLES = Path.of("sample-packages");

    @TempDir
    Path dir;

    static Stream<Path> samples() {
        return SamplePackages.SAMPLES.stream().map(s -> SAMPLES.resolve(s.name()));
    }

    @Test
    void theCommittedSamplesAreWhatTheGeneratorWritesToday() throws Exception {
        SamplePackages.write(Shared.root().resolve("fixtures/posthog"), dir);
        List<String> files = new ArrayList<>(SamplePackages.SAMPLES.stream().map(SamplePackages.Sample::name).toList());
        files.add(SamplePackages.DERIVED_INPUT);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(SAMPLES.resolve(file)),
                    file + " differs from what scripts/make-samples.sh writes today: run it and commit the result");
        }
        assertTrue(Files.exists(SAMPLES.resolve("multi-window.phreplay")));
    }

    @Test
    void theSamplesValidateWithExitZero() {
        List<String> args = new ArrayList<>(List.of("validate"));
        samples().map(Path::toString).forEach(args::add);
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void theSamplesCoverSeveralWindowsAndConsoleAndNetwork() throws Exception {
        try (OpenedRecording multi = Recordings.open(SAMPLES.resolve("multi-window.phreplay"))) {
            assertEquals(2, multi.windowIds().size());
        }
        Manifest manifest = PackageValidator.validate(SAMPLES.resolve("console-network.phreplay")).manifest().orElseThrow();
        assertEquals(13, manifest.recording().networkRequestCount());
        assertEquals(20, manifest.recording().eventCountsByType().get("Plugin"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aOneByteChangeInAnyEntryExitsOneNamingTheEntry(Path sample) throws Exception {
        for (String entry : TestPackages.entries(sample).keySet()) {
            Path damaged = TestPackages.flipByte(sample, dir.resolve("damaged.phreplay"), entry);
            CliRun run = run("validate", damaged.toString());
            assertEquals(1, run.exit(), entry + ": " + run.out());
            assertTrue(run.out().contains(entry), entry + " is named in: " + run.out());
        }
    }

}
