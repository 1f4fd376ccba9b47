package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.phreplay.event.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a manifest as stable, indented JSON: the same manifest always gives the same bytes. */
public final class ManifestWriter {
    private ManifestWriter() {}

    public static byte[] toBytes(Manifest manifest) {
        return toBytes(manifest, null);
    }

    /** @param redaction the {@code redaction} record of a redacted copy, or null */
    public static byte[] toBytes(Manifest manifest, com.fasterxml.jackson.databind.JsonNode redaction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(printer);
            json.setCodec(Json.mapper());
            write(json, manifest, redaction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Any JSON tree, indented the same way, with {@code \n} line ends on every system. */
    public static byte[] pretty(com.fasterxml.jackson.databind.JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            json.setCodec(Json.mapper());
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeTree(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, Manifest manifest, com.fasterxml.jackson.databind.JsonNode redaction)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("format", Manifest.FORMAT);
        json.writeStringField("formatVersion", manifest.formatVersion());
        json.writeObjectFieldStart("producer");
        json.writeStringField("name", manifest.producer().name());
        json.writeStringField("version", manifest.producer().version());
        json.writeEndObject();
        json.writeStringField("createdAt", manifest.createdAt());
        recording(json, manifest.recording());
        json.writeArrayFieldStart("entries");
        for (Manifest.Entry entry : manifest.entries()) {
            json.writeStartObject();
            json.writeStringField("path", entry.path());
            json.writeNumberField("size", entry.size());
            json.writeStringField("sha256", entry.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (redaction == null) {
            json.writeNullField("redaction");
        } else {
            json.writeFieldName("redaction");
            json.writeTree(redaction);
        }
        json.writeNullField("signature");
        json.writeEndObject();
    }

    private static void recording(JsonGenerator json, Manifest.Recording recording) throws IOException {
        json.writeObjectFieldStart("recording");
        json.writeStringField("id", recording.id());
        json.writeStringField("source", recording.source());
        json.writeNumberField("firstTimestamp", recording.firstTimestamp());
        json.writeNumberField("lastTimestamp", recording.lastTimestamp());
        json.writeNumberField("durationMs", recording.durationMs());
        json.writeStringField("firstUrl", recording.firstUrl());
        json.writeArrayFieldStart("windows");
        for (Manifest.Window window : recording.windows()) {
            json.writeStartObject();
            json.writeStringField("id", window.id());
            json.writeStringField("entry", window.entry());
            json.writeNumberField("eventCount", window.eventCount());
            json.writeNumberField("firstTimestamp", window.firstTimestamp());
            json.writeNumberField("lastTimestamp", window.lastTimestamp());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("eventCount", recording.eventCount());
        counts(json, "eventCountsByType", recording.eventCountsByType());
        counts(json, "eventCountsByIncrementalSource", recording.eventCountsByIncrementalSource());
        json.writeNumberField("consoleErrorCount", recording.consoleErrorCount());
        json.writeNumberField("networkRequestCount", recording.networkRequestCount());
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }
}
