package dev.phreplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.testing.Shared;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code phreplay dom --rendered} prints the WebView's DOM in the mirror dump's JSON, and they agree. */
class RenderedDomCommandTest {
    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void renderedEqualsMirrorForAFixtureWithFormsAndFrames() throws Exception {
        for (String fixture : new String[] {"input.json", "iframe.json", "shadow-dom.json"}) {
            String file = Shared.rrwebFixture(fixture).toString();
            JsonNode mirror = run("dom", file, "--at", "0,1600,3200,9999999");
            JsonNode rendered = run("dom", file, "--at", "0,1600,3200,9999999", "--rendered");
            for (int i = 0; i < 4; i++) {
                JsonNode expected = mirror.get("snapshots").get(i);
                JsonNode actual = rendered.get("snapshots").get(i);
                assertEquals(expected.get("t"), actual.get("t"));
                assertEquals(expected.get("dom"), actual.get("dom"), fixture + " at " + expected.get("t"));
                assertEquals(expected.get("inputs"), actual.get("inputs"), fixture + " at " + expected.get("t"));
            }
        }
    }
}
