package dev.phreplay.dom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.testing.Shared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** One golden file of ../shared/oracle: which fixture and window it replays. */
record OracleCase(Path golden, Path fixture, String window) {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build()).build();

    static OracleCase of(Path golden) {
        String name = golden.getFileName().toString().replace(".dom.json", "");
        if (name.startsWith("rrweb-")) {
            return new OracleCase(golden, Shared.rrwebFixture(name.substring("rrweb-".length()) + ".json"),
                    Recorded.SINGLE_WINDOW);
        }
        int window = name.indexOf(".window-");
        String export = name.substring("posthog-".length(), window);
        return new OracleCase(golden, Shared.posthogFixture("derived/" + export + ".ph-recording.json"),
                name.substring(window + ".window-".length()));
    }

    String name() {
        return golden.getFileName().toString().replace(".dom.json", "");
    }

    List<RecordedEvent> events() {
        return Recorded.window(fixture, window);
    }

    JsonNode goldenJson() {
        try {
            return MAPPER.readTree(golden.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode dump(Mirror mirror, long t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = DomDump.generator(out)) {
            DomDump.writeSnapshot(g, t, mirror);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
