package dev.phreplay.format.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Packer;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code sample-packages/} from {@code ../shared/fixtures/posthog}, the same bytes every
 * time. Run by {@code scripts/make-samples.sh}; a test checks that the committed packages equal
 * what this writes today. How the console/network sample is derived is documented in docs/FORMAT.md.
 */
public final class SamplePackages {
    /** The session's first window (blob v1 lines), which the console and network events are re-timed into. */
    static final String WINDOW = "187d7c761a0525d-05f175487d4b65-1d525634-384000-187d7c761a149d0";
    /** That window's first event (its Meta). */
    static final long WINDOW_START = 1682952380877L;
    static final long NETWORK_AT = WINDOW_START + 1_000;
    static final long CONSOLE_FIRST_AT = WINDOW_START + 1_500;
    static final long CONSOLE_STEP = 200;
    public static final String DERIVED_INPUT = "inputs/console-network.retimed.jsonl";

    static final String BLOB_V1 = "web-blob-v1-lines__recording_snapshots.jsonl";
    static final String META = "api-recording-meta__recording_meta.json";

    /** One sample: its file name and the fixtures (or derived inputs) it is packed from. */
    public record Sample(String name, List<String> inputs) {}

    public static final List<Sample> SAMPLES = List.of(
            new Sample("multi-window.phreplay", List.of(BLOB_V1, META)),
            new Sample("console-network.phreplay", List.of(BLOB_V1, "@" + DERIVED_INPUT, META)),
            new Sample("export-v2.phreplay", List.of("derived/export-v2-2023-04-28.ph-recording.json")));

    private SamplePackages() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SamplePackages FIXTURES_DIR OUT_DIR   (e.g. ../shared/fixtures/posthog sample-packages)");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes the derived input and every sample into {@code out}. */
    public static void write(Path fixtures, Path out) throws IOException, RecordingException {
        Path derived = out.resolve(DERIVED_INPUT);
        Files.createDirectories(derived.getParent());
        Files.write(derived, consoleAndNetwork(fixtures));
        for (Sample sample : SAMPLES) {
            List<Path> inputs = new ArrayList<>();
            for (String input : sample.inputs()) {
                inputs.add(input.startsWith("@") ? out.resolve(input.substring(1)) : fixtures.resolve(input));
            }
            try (OpenedRecording recording = Recordings.importAll(inputs, Limits.defaults())) {
                Packer.pack(recording, out.resolve(sample.name()), null, "file", null, line -> { });
            }
        }
    }

    /**
     * The console fixture's 19 {@code rrweb/console@1} events (its Meta, full snapshot and mutations
     * describe another page and are left out) and the network fixture's event, as
     * {@code [windowId, event]} lines in the session's first window: the network event at
     * start + 1 s with every absolute time inside it ({@code timestamp}, {@code timeOrigin}) shifted
     * by the same amount; the console events, which have no timestamps, at start + 1.5 s, then every 200 ms.
     */
    static byte[] consoleAndNetwork(Path fixtures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObjectNode network = (ObjectNode) Json.mapper().readTree(fixtures.resolve("plugin-network__rrweb-network-event.json").toFile());
        long shift = NETWORK_AT - network.get("timestamp").asLong();
        network.remove("windowId");
        network.put("timestamp", NETWORK_AT);
        for (JsonNode request : network.path("data").path("payload").path("requests")) {
            shiftTime((ObjectNode) request, "timestamp", shift);
            shiftTime((ObjectNode) request, "timeOrigin", shift);
        }
        line(out, network);
        JsonNode console = Json.mapper().readTree(fixtures.resolve("plugin-console__rrweb-console-events.json").toFile());
        long at = CONSOLE_FIRST_AT;
        for (JsonNode event : console) {
            if (event.path("type").asInt() == 6 && "rrweb/console@1".equals(event.path("data").path("plugin").asText())) {
                ((ObjectNode) event).put("timestamp", at);
                at += CONSOLE_STEP;
                line(out, event);
            }
        }
        return out.toByteArray();
    }

    private static void shiftTime(ObjectNode request, String field, long shift) {
        if (request.has(field) && request.get(field).isNumber()) {
            request.put(field, request.get(field).asLong() + shift);
        }
    }

    private static void line(ByteArrayOutputStream out, JsonNode event) throws IOException {
        ArrayNode line = Json.mapper().createArrayNode();
        line.add(WINDOW);
        line.add(event);
        out.write(Json.mapper().writeValueAsBytes(line));
        out.write('\n');
    }
}
