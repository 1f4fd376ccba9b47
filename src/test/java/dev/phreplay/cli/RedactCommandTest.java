package dev.phreplay.cli;

import static dev.phreplay.testing.CliRun.run;

import dev.phreplay.testing.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import dev.phreplay.redact.PlantedRecordings;
import dev.phreplay.redact.RedactionRules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phreplay redact}: a valid package with no planted secret in any entry, the input untouched, a report without values. */
class RedactCommandTest {
    @TempDir
    Path folder;

    private Path plantedExport() throws Exception {
        return PlantedRecordings.writeExport(folder);
    }

    @Test
    void writesAValidPackageWithoutAnyPlantedSecret() throws Exception {
        Path input = plantedExport();
        byte[] before = Files.readAllBytes(input);
        Path rules = folder.resolve("rules.json");
        Files.writeString(rules, PlantedRecordings.RULES);
        Path output = folder.resolve("redacted.phreplay");
        Path report = folder.resolve("report.json");

        CliRun run = run("redact", input.toString(), "--rules", rules.toString(), "-o", output.toString(), "--report", report.toString());

        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(before, Files.readAllBytes(input), "the input is untouched");
        Map<String, byte[]> entries = entries(output);
        assertTrue(entries.containsKey("manifest.json") && entries.containsKey("metadata.json") && entries.containsKey("windows/0.jsonl"),
                entries.keySet()::toString);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String raw = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            for (String secret : PlantedRecordings.SECRETS) {
                assertFalse(raw.contains(secret) || text.contains(secret), entry.getKey() + " still holds " + secret);
            }
            assertFalse(text.contains("\"cv\""), entry.getKey() + " holds a compressed event");
        }
        JsonNode manifest = Json.mapper().readTree(entries.get("manifest.json"));
        JsonNode redaction = manifest.get("redaction");
        assertTrue(redaction.get("applied").asBoolean());
        assertEquals(sha256(Files.readAllBytes(rules)), redaction.get("rulesSha256").asText());
        assertEquals("phreplay", redaction.get("producer").get("name").asText());
        assertEquals(3, redaction.get("counts").get("networkBody").asInt());

        assertEquals(Files.getPosixFilePermissions(output), Files.getPosixFilePermissions(report), "the report gets normal permissions");
        String reportText = Files.readString(report);
        for (String secret : PlantedRecordings.SECRETS) {
            assertFalse(reportText.contains(secret), "the report holds " + secret);
        }
        JsonNode reportJson = Json.mapper().readTree(reportText);
        assertEquals(redaction.get("totalRemoved").asLong(), reportJson.get("totalRemoved").asLong());
        JsonNode headers = find(reportJson.get("rules"), "dropHeader");
        assertEquals(2, headers.get("count").asInt());
        assertEquals(2, headers.get("entries").get("windows/0.jsonl").asInt());
        assertEquals(9, headers.get("events").get(0).get("index").asInt());
        assertTrue(run.out().contains("occurrences removed"), run.out());

        CliRun validate = run("validate", output.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
    }

    @Test
    void defaultRulesAreRecordedByTheirHash() throws Exception {
        Path output = folder.resolve("default.phreplay");
        CliRun run = run("redact", plantedExport().toString(), "-o", output.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode manifest = Json.mapper().readTree(entries(output).get("manifest.json"));
        assertEquals(RedactionRules.defaults().sha256(), manifest.get("redaction").get("rulesSha256").asText());
        String events = new String(entries(output).get("windows/0.jsonl"), StandardCharsets.UTF_8);
        assertFalse(events.contains(PlantedRecordings.EMAIL));
        assertFalse(events.contains("hunter2"), "input values, and password fields in bodies, are masked by default");
        assertFalse(events.contains("COOKIEVALUE5"), "Set-Cookie is dropped by default");
    }

    @Test
    void badRulesAreInvalidInputNamingTheFileAndNothingIsWritten() throws Exception {
        Path rules = folder.resolve("bad-rules.json");
        Files.writeString(rules, "{\"blockSelectors\": [\"a:hover\"]}");
        Path output = folder.resolve("never.phreplay");
        CliRun run = run("redact", plantedExport().toString(), "--rules", rules.toString(), "-o", output.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad-rules.json: selector \"a:hover\": pseudo-classes"), run.err());
        assertFalse(Files.exists(output));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void refusesToOverwriteTheInputAndReportsMissingFiles() throws Exception {
        Path input = plantedExport();
        CliRun same = run("redact", input.toString(), "-o", input.toString());
        assertEquals(2, same.exit());
        assertTrue(same.err().contains("the original is never overwritten"), same.err());
        CliRun missing = run("redact", folder.resolve("nope.json").toString(), "-o", folder.resolve("x.phreplay").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        CliRun noOutput = run("redact", input.toString());
        assertEquals(2, noOutput.exit());
    }

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode find(JsonNode rules, String rule) {
        for (JsonNode item : rules) {
            if (item.get("rule").asText().equals(rule)) {
                return item;
            }
        }
        throw new AssertionError("no rule " + rule + " in " + rules);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
