package dev.phreplay.cli;

import static dev.phreplay.testing.CliRun.run;

import dev.phreplay.testing.CliRun;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import dev.phreplay.testing.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatCommandsTest {
    @TempDir
    Path dir;

    static String fixture(String name) {
        return Shared.posthogFixture(name).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "info", "pack", "generate"})
    void everyCommandHasHelp(String command) {
        CliRun run = run(command, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: phreplay " + command), run.out());
    }

    @Test
    void packWritesTheSameBytesTwiceAndValidates() throws Exception {
        Path a = dir.resolve("a.phreplay");
        Path b = dir.resolve("sub/b.phreplay");
        String[] inputs = {fixture("web-blob-v1-lines__recording_snapshots.jsonl"), fixture("api-recording-meta__recording_meta.json")};
        CliRun first = run(concat(new String[] {"pack"}, inputs, new String[] {"-o", a.toString()}));
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("validating"), first.err());
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Chatham"));
            assertEquals(0, run(concat(new String[] {"pack"}, inputs, new String[] {"-o", b.toString()})).exit());
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "byte-identical, whatever the time zone");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temp file left");
        }
        CliRun created = run(concat(new String[] {"pack", "--created", "2030-01-02T03:04:05Z"}, inputs, new String[] {"-o", b.toString()}));
        assertEquals(0, created.exit());
        assertTrue(info(b).path("manifest").path("createdAt").asText().equals("2030-01-02T03:04:05Z"));
        assertEquals("2023-05-01T14:46:32.745Z", info(a).path("manifest").path("createdAt").asText(), "taken from the recording");
    }

    @Test
    void packNeverOverwritesAnInput() throws Exception {
        Path input = Files.copy(Shared.posthogFixture("derived/blob-v2-lines.jsonl"), dir.resolve("in.jsonl"));
        byte[] before = Files.readAllBytes(input);
        CliRun run = run("pack", input.toString(), "-o", input.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("also an input"), run.err());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void validateReportsEachFileAndCarriesOn() throws Exception {
        Path good = dir.resolve("good.phreplay");
        assertEquals(0, run("pack", fixture("derived/export-v2-2023-04-28.ph-recording.json"), "-o", good.toString()).exit());
        Path bad = Files.write(dir.resolve("bad.phreplay"), Arrays.copyOf(Files.readAllBytes(good), 100));
        CliRun run = run("validate", bad.toString(), good.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains(bad + ": INVALID") && run.out().contains("zip.invalid"), run.out());
        assertTrue(run.out().contains(good + ": valid"), run.out());
        assertEquals(2, run("validate", good.toString(), dir.resolve("missing.phreplay").toString()).exit());
        assertEquals(2, run("validate").exit(), "no FILE is a usage error");
    }

    @Test
    void validateJsonIsMachineReadable() throws Exception {
        Path good = dir.resolve("good.phreplay");
        run("pack", fixture("derived/export-v2-2023-04-28.ph-recording.json"), "-o", good.toString());
        Path text = Files.writeString(dir.resolve("text.phreplay"), "not a zip");
        CliRun one = run("validate", "--json", text.toString());
        assertEquals(1, one.exit());
        JsonNode report = Json.mapper().readTree(one.out());
        assertFalse(report.get("valid").asBoolean());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("error", finding.get("severity").asText());
        assertEquals("zip.invalid", finding.get("code").asText());
        assertTrue(finding.has("entry") && finding.has("message"));
        CliRun several = run("validate", "--json", good.toString(), text.toString());
        JsonNode both = Json.mapper().readTree(several.out());
        assertFalse(both.get("valid").asBoolean());
        assertEquals(2, both.get("files").size());
        assertTrue(both.get("files").get(0).get("valid").asBoolean());
        assertEquals(0, both.get("files").get(0).get("findings").size());
    }

    @Test
    void validateAcceptsImportableInputsDirectly() {
        CliRun ok = run("validate", fixture("derived/blob-v2-lines.compressed-cv-2024-10.jsonl"));
        assertEquals(0, ok.exit(), ok.out());
        CliRun noFull = run("validate", fixture("plugin-network__rrweb-network-event.json"));
        assertEquals(1, noFull.exit());
        assertTrue(noFull.out().contains("window.no-full-snapshot"), noFull.out());
    }

    @Test
    void infoShowsWhatTheEventsShow() throws Exception {
        JsonNode info = info(Path.of("sample-packages/console-network.phreplay"));
        assertEquals(69, info.get("eventCount").asLong());
        assertEquals(11868, info.get("durationMs").asLong());
        assertEquals(2, info.get("windows").size());
        assertEquals("http://localhost:3000/", info.get("urls").get(0).asText());
        assertEquals(19, info.path("console").path("count").asLong());
        assertEquals(13, info.get("networkRequestCount").asLong());
        assertEquals(30, info.path("eventCountsByIncrementalSource").path("MouseInteraction").asLong());
        assertEquals("1.0", info.path("manifest").path("formatVersion").asText());
        JsonNode imported = info(Shared.posthogFixture("derived/export-v1-2022-12-02.ph-recording.json"));
        assertEquals(49, imported.get("eventCount").asLong());
        assertEquals("PostHog export 2022-12-02", imported.get("kind").asText());
        CliRun text = run("info", "sample-packages/multi-window.phreplay");
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("Windows:     2") && text.out().contains("MouseInteraction: 30"), text.out());
    }

    @Test
    void infoOnBadInputExitsOneNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"version\":\"1999\",\"data\":{}}");
        CliRun run = run("info", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(bad.toString()) && run.err().contains("1999"), run.err());
        assertFalse(run.err().contains("at dev.phreplay"), "no stack trace");
        assertEquals(2, run("info", dir.resolve("nope.phreplay").toString()).exit());
    }

    @Test
    void generateIsDeterministicAndValid() throws Exception {
        Path a = dir.resolve("a.phreplay");
        Path b = dir.resolve("b.phreplay");
        assertEquals(0, run("generate", "-o", a.toString(), "--minutes", "3", "--mutations", "2000", "--seed", "7").exit());
        assertEquals(0, run("generate", "-o", b.toString(), "--minutes", "3", "--mutations", "2000", "--seed", "7").exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(0, run("validate", a.toString()).exit());
        assertEquals(2, run("generate", "-o", a.toString(), "--minutes", "0").exit());
    }

    private static JsonNode info(Path file) throws Exception {
        CliRun run = run("info", "--json", file.toString());
        assertEquals(0, run.exit(), run.err());
        return Json.mapper().readTree(run.out());
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
