package dev.phreplay.cli;

import static dev.phreplay.testing.CliRun.run;

import dev.phreplay.testing.CliRun;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import dev.phreplay.testing.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasTheContractFields() throws Exception {
        String input = Shared.posthogFixture("derived/export-v2-2023-04-28.ph-recording.json").toString();
        CliRun run = run("bench", input, "--seeks", "12", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        for (String field : new String[] {"openMs", "firstFullSnapshotMs", "indexMs", "seekP50Ms", "seekP95Ms",
                "seekMaxMs", "peakHeapBytes"}) {
            assertTrue(json.path(field).isNumber(), field + " in " + run.out());
        }
        assertEquals(12, json.path("seeks").asInt());
        assertTrue(json.path("events").asInt() > 0);
        assertTrue(json.path("seekP50Ms").asDouble() <= json.path("seekMaxMs").asDouble());
    }

    @Test
    void textNamesEveryFigure() {
        CliRun run = run("bench", Shared.rrwebFixture("sample-events.json").toString(), "--seeks", "5");
        assertEquals(0, run.exit(), run.err());
        for (String label : new String[] {"open:", "first full snapshot:", "index + checkpoints:", "random seeks:",
                "heap retained:", "heap peak:", "playback at 16x:"}) {
            assertTrue(run.out().contains(label), label + " in " + run.out());
        }
    }

    @Test
    void badInputAndUsageErrorsHaveTheirExitCodes() throws Exception {
        Path notJson = Files.writeString(dir.resolve("notes.json"), "# not a recording");
        CliRun invalid = run("bench", notJson.toString());
        assertEquals(ExitCode.INVALID_INPUT, invalid.exit());
        assertTrue(invalid.err().contains("notes.json"), invalid.err());
        assertFalse(invalid.err().contains("at dev.phreplay"), "no stack trace");

        CliRun missing = run("bench", dir.resolve("missing.json").toString());
        assertEquals(ExitCode.USAGE_OR_IO, missing.exit());

        CliRun noSeeks = run("bench", Shared.rrwebFixture("sample-events.json").toString(), "--seeks", "0");
        assertEquals(ExitCode.USAGE_OR_IO, noSeeks.exit());
        assertTrue(noSeeks.err().contains("--seeks"), noSeeks.err());

        CliRun noWindow = run("bench", Shared.rrwebFixture("sample-events.json").toString(), "--window", "nope");
        assertEquals(ExitCode.INVALID_INPUT, noWindow.exit());
        assertTrue(noWindow.err().contains("nope"), noWindow.err());
    }

    @Test
    void hasHelp() {
        CliRun run = run("bench", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: phreplay bench"));
    }
}
