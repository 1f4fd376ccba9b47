package dev.phreplay.cli;

import static dev.phreplay.testing.CliRun.run;

import dev.phreplay.testing.CliRun;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import dev.phreplay.testing.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandsTest {

    @TempDir
    Path temp;

    /** The console fixture with the timestamps its test harness stripped put back, 100 ms apart. */
    Path consoleRecording() throws Exception {
        ArrayNode events = (ArrayNode) Json.mapper().readTree(Shared.posthogFixture("plugin-console__rrweb-console-events.json").toFile());
        for (int i = 0; i < events.size(); i++) {
            ((ObjectNode) events.get(i)).put("timestamp", 1_700_000_000_000L + 100L * i);
        }
        Path file = temp.resolve("console.json");
        Json.mapper().writeValue(file.toFile(), events);
        return file;
    }

    @Test
    void consoleJsonHasOneObjectPerEntry() throws Exception {
        CliRun run = run("console", consoleRecording().toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode entries = Json.mapper().readTree(run.out());
        assertEquals(19, entries.size());
        JsonNode first = entries.get(0);
        assertEquals(200, first.get("t").asLong());
        assertEquals("assert", first.get("level").asText());
        assertEquals("should log assert", first.get("message").asText());
        assertEquals("2023-11-14T22:13:20.200Z", first.get("time").asText());
        assertEquals("from iframe", entries.get(18).get("message").asText());
    }

    @Test
    void consoleCsvAndTextShowEveryEntry() throws Exception {
        CliRun csv = run("console", consoleRecording().toString(), "--csv");
        assertEquals(0, csv.exit(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("t,time,window,level,count,message,trace", rows.getFirst());
        assertTrue(rows.get(1).matches("200,2023-11-14T22:13:20\\.200Z,[^,]+,assert,1,should log assert,.*"), rows.get(1));
        assertTrue(csv.out().contains("\"TypeError: a message\n    at __puppeteer_evaluation_script__:20:19"), "multi-line messages are quoted");
        CliRun text = run("console", consoleRecording().toString());
        assertTrue(text.out().lines().anyMatch(line -> line.equals("0:00.200  assert   should log assert")), text.out());
        assertTrue(text.out().lines().anyMatch(line -> line.equals("0:00.400  countReset count")), text.out());
    }

    @Test
    void aFileThatIsNoRecordingIsInvalidInputNamingTheFile() throws Exception {
        Path file = temp.resolve("notes.txt");
        Files.writeString(file, "hello");
        CliRun run = run("console", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().startsWith("phreplay: " + file), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void packagesAreReadToo() throws Exception {
        Path sample = Path.of("sample-packages/console-network.phreplay");
        CliRun console = run("console", sample.toString(), "--json");
        assertEquals(0, console.exit(), console.err());
        assertEquals(19, Json.mapper().readTree(console.out()).size());
        CliRun network = run("network", sample.toString(), "--har");
        assertEquals(0, network.exit(), network.err());
        assertEquals(List.of(), HarValidator.validate(Json.mapper().readTree(network.out())));
    }

    @Test
    void networkJsonHasTheRequiredFields() throws Exception {
        CliRun run = run("network", Shared.posthogFixture("plugin-network__rrweb-network-event.json").toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode requests = Json.mapper().readTree(run.out());
        assertEquals(5, requests.size());
        for (JsonNode request : requests) {
            for (String field : List.of("t", "method", "url", "status", "durationMs")) {
                assertTrue(request.has(field), field + " in " + request);
            }
        }
        assertEquals("GET", requests.get(0).get("method").asText());
        assertEquals(200, requests.get(0).get("status").asInt());
        assertEquals(5704.5999999940395, requests.get(0).get("durationMs").asDouble());
        assertEquals(5, requests.get(3).get("serverTimings").size());
    }

    @Test
    void networkHarIsValidHar12() throws Exception {
        for (Path input : List.of(Shared.posthogFixture("plugin-network__rrweb-network-event.json"),
                Shared.posthogFixture("mobile-snapshot-lines__encoded-snapshot-data.jsonl"), richNetworkRecording())) {
            CliRun run = run("network", input.toString(), "--har");
            assertEquals(0, run.exit(), run.err());
            JsonNode har = Json.mapper().readTree(run.out());
            assertEquals(List.of(), HarValidator.validate(har), input.toString());
            assertTrue(har.at("/log/entries").size() > 0);
        }
    }

    @Test
    void harCarriesHeadersBodiesQueryPagesAndStatus() throws Exception {
        CliRun run = run("network", richNetworkRecording().toString(), "--har");
        JsonNode log = Json.mapper().readTree(run.out()).get("log");
        assertEquals("page_1", log.at("/pages/0/id").asText());
        assertEquals("https://shop.test/cart", log.at("/pages/0/title").asText());
        JsonNode post = log.at("/entries/0");
        assertEquals("page_1", post.get("pageref").asText());
        assertEquals("POST", post.at("/request/method").asText());
        assertEquals("q", post.at("/request/queryString/0/name").asText());
        assertEquals("a b", post.at("/request/queryString/0/value").asText());
        assertEquals("{\"item\":1}", post.at("/request/postData/text").asText());
        assertEquals("application/json", post.at("/request/postData/mimeType").asText());
        assertEquals(500, post.at("/response/status").asInt());
        assertEquals("Internal Server Error", post.at("/response/statusText").asText());
        assertEquals("boom", post.at("/response/content/text").asText());
        assertEquals("2024-01-01T00:00:01.000Z", post.get("startedDateTime").asText());
        assertEquals(40.0, post.get("time").asDouble(), 0.001);
        // and the validator does catch a broken document
        ((ObjectNode) post.get("timings")).put("wait", -1);
        assertFalse(HarValidator.validate(Json.mapper().readTree("{\"log\":" + log + "}")).isEmpty());
    }

    @Test
    void outputGoesAtomicallyToTheNamedFile() throws Exception {
        Path out = temp.resolve("net.har");
        Files.writeString(out, "old");
        CliRun run = run("network", Shared.posthogFixture("plugin-network__rrweb-network-event.json").toString(), "--har", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals("1.2", Json.mapper().readTree(out.toFile()).at("/log/version").asText());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of("net.har"), files.map(p -> p.getFileName().toString()).toList(), "no temp file left");
        }
    }

    @Test
    void usageAndMissingFilesAreExitTwo() {
        assertEquals(ExitCode.USAGE_OR_IO, run("network", "x.json", "--json", "--har").exit());
        CliRun missing = run("console", temp.resolve("nope.json").toString());
        assertEquals(ExitCode.USAGE_OR_IO, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void undecodableEventsAreLeftOutWithAWarning() throws Exception {
        Path file = temp.resolve("damaged.json");
        Files.writeString(file, """
            [{"type":2,"timestamp":1000,"data":"H4sIAAAA-compressed"},
             {"type":6,"timestamp":1100,"data":{"plugin":"rrweb/console@1","payload":{"level":"warn","trace":[],"payload":["\\"still here\\""]}}}]
            """);
        CliRun run = run("console", file.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("still here", Json.mapper().readTree(run.out()).get(0).get("message").asText());
        assertTrue(run.err().contains("1 events could not be decoded and were left out"), run.err());
    }

    @Test
    void aGeneratedRecordingGivesValidHarAndConsoleJson() throws Exception {
        Path generated = temp.resolve("generated.phreplay");
        CliRun generate = run("generate", "-o", generated.toString(), "--minutes", "3", "--mutations", "3000");
        assertEquals(0, generate.exit(), generate.err());
        CliRun har = run("network", generated.toString(), "--har");
        assertEquals(0, har.exit(), har.err());
        JsonNode log = Json.mapper().readTree(har.out());
        assertEquals(List.of(), HarValidator.validate(log));
        assertTrue(log.at("/log/entries").size() > 0, "the generator records requests");
        CliRun console = run("console", generated.toString(), "--json");
        assertEquals(0, console.exit(), console.err());
        JsonNode entries = Json.mapper().readTree(console.out());
        assertTrue(entries.size() > 0, "the generator records console lines");
        long previous = -1;
        for (JsonNode entry : entries) {
            assertTrue(entry.get("t").asLong() >= previous, "entries are in time order");
            previous = entry.get("t").asLong();
            assertTrue(entry.get("t").asLong() <= 3 * 60_000, "t is an offset within the recording");
        }
    }

    Path richNetworkRecording() throws Exception {
        String events = """
            [{"type":4,"timestamp":1704067200000,"data":{"href":"https://shop.test/cart","width":800,"height":600}},
             {"type":6,"timestamp":1704067201100,"data":{"plugin":"rrweb/network@1","payload":{"requests":[
              {"name":"https://shop.test/api/cart?q=a%20b&x","method":"POST","initiatorType":"fetch","entryType":"resource",
               "status":500,"timestamp":1704067201000,"startTime":1000,"duration":40,"fetchStart":1000,"domainLookupStart":1002,
               "domainLookupEnd":1005,"connectStart":1005,"connectEnd":1010,"secureConnectionStart":1006,"requestStart":1011,
               "responseStart":1030,"responseEnd":1040,"nextHopProtocol":"h2",
               "requestHeaders":{"content-type":"application/json"},"requestBody":"{\\"item\\":1}",
               "responseHeaders":{"content-type":"text/plain"},"responseBody":"boom"},
              {"name":"https://shop.test/gone","initiatorType":"xmlhttprequest","status":0,"error":"net::ERR","timestamp":1704067201050}]}}}]
            """;
        Path file = temp.resolve("rich.json");
        Files.writeString(file, events);
        return file;
    }
}
