package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.phreplay.event.Json;
import dev.phreplay.format.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Machine-readable output: indented JSON written through Jackson's generator. */
final class JsonOut {
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOut() {}

    static void print(PrintWriter out, Body body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.factory().createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            body.write(json);
        }
        out.println(text);
        out.flush();
    }

    static void findings(JsonGenerator json, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("severity", finding.severity().label());
            json.writeStringField("code", finding.code());
            json.writeStringField("entry", finding.entry());
            json.writeStringField("location", finding.location());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void counts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }
}
