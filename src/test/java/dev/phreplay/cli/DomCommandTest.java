package dev.phreplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.testing.Shared;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void dumpsEachTimeInTheGivenOrderAndMatchesTheGolden() throws Exception {
        Path fixture = Shared.rrwebFixture("input.json");
        Result result = run("dom", fixture.toString(), "--at", "3200,1600");
        assertEquals(0, result.code(), result.err());
        JsonNode dump = MAPPER.readTree(result.out());
        JsonNode golden = MAPPER.readTree(Shared.root().resolve("oracle/rrweb-input.dom.json").toFile());
        assertEquals(3200, dump.at("/snapshots/0/t").asLong());
        assertEquals(golden.at("/snapshots/4/inputs"), dump.at("/snapshots/0/inputs"));
        assertEquals(golden.at("/snapshots/4/dom"), dump.at("/snapshots/0/dom"));
        assertEquals(golden.at("/snapshots/2/inputs"), dump.at("/snapshots/1/inputs"));
    }

    @Test
    void writesAWindowOfAPosthogExportToAFile(@TempDir Path dir) throws Exception {
        Path fixture = Shared.posthogFixture("derived/export-v2-2023-04-28.ph-recording.json");
        Path out = dir.resolve("dump.json");
        Result result = run("dom", fixture.toString(), "--at", "928", "--window", "2", "-o", out.toString());
        assertEquals(0, result.code(), result.err());
        JsonNode dump = MAPPER.readTree(out.toFile());
        JsonNode golden = MAPPER.readTree(Shared.root().resolve("oracle/posthog-export-v2-2023-04-28.window-2.dom.json").toFile());
        assertEquals("2", dump.get("window").asText());
        assertEquals(golden.at("/snapshots/1/dom"), dump.at("/snapshots/0/dom"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void readsPackagesLikeTheirSourceExport() throws Exception {
        Path pkg = Path.of("sample-packages/export-v2.phreplay");
        Result result = run("dom", pkg.toString(), "--at", "0,1139,5695", "--window", "1");
        assertEquals(0, result.code(), result.err());
        JsonNode dump = MAPPER.readTree(result.out());
        JsonNode golden = MAPPER.readTree(Shared.root().resolve("oracle/posthog-export-v2-2023-04-28.window-1.dom.json").toFile());
        for (int i = 0; i < 3; i++) {
            JsonNode expected = golden.at("/snapshots/" + new int[] {0, 1, 5}[i]);
            for (String part : new String[] {"dom", "scroll", "inputs"}) {
                assertEquals(expected.get(part), dump.at("/snapshots/" + i + "/" + part), part + " at " + expected.get("t"));
            }
        }
    }

    @Test
    void unknownWindowIsAUsageError() {
        Result result = run("dom", Shared.rrwebFixture("input.json").toString(), "--at", "0", "--window", "nope");
        assertEquals(ExitCode.USAGE_OR_IO, result.code());
        assertTrue(result.err().contains("no window 'nope'"), result.err());
    }

    @Test
    void negativeTimesAndMissingFilesAreUsageOrIoErrors() {
        assertEquals(ExitCode.USAGE_OR_IO, run("dom", Shared.rrwebFixture("input.json").toString(), "--at", "-5").code());
        Result missing = run("dom", "/no/such/file.json", "--at", "0");
        assertEquals(ExitCode.USAGE_OR_IO, missing.code());
        assertTrue(missing.err().contains("/no/such/file.json"), missing.err());
    }

    @Test
    void brokenInputIsInvalidAndNamed(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"type\": 2, \"timestamp\": 1, \"data\": {\"node\": {\"type\": 2}}}]");
        Result result = run("dom", broken.toString(), "--at", "0");
        assertEquals(ExitCode.INVALID_INPUT, result.code());
        assertTrue(result.err().contains("broken.json") && result.err().contains("event 0"), result.err());
        Files.writeString(broken, "[{\"type\": 2,");
        Result truncated = run("dom", broken.toString(), "--at", "0");
        assertEquals(ExitCode.INVALID_INPUT, truncated.code());
        assertTrue(truncated.err().contains("malformed JSON"), truncated.err());
    }
}
