package dev.phreplay.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Undoes posthog-js's "2024-10" partial compression (posthog-formats.md §3): a field's JSON,
 * gzipped, stored as a string whose characters are the bytes (latin-1). zstd frames are
 * recognised by their magic and refused with a clear message: phreplay has no zstd decoder.
 */
final class CompressedEvents {
    static final String VERSION_2024_10 = "2024-10";
    private static final List<String> MUTATION_FIELDS = List.of("texts", "attributes", "removes", "adds");
    private static final List<String> STYLE_SHEET_FIELDS = List.of("adds", "removes");
    /** One field inflates to at most this: a gzip bomb must not exhaust the heap. */
    static final long MAX_INFLATED = 256L * 1024 * 1024;

    private CompressedEvents() {}

    /** A field that cannot be decompressed; the message names the field. */
    static final class CompressionException extends Exception {
        CompressionException(String message) {
            super(message);
        }
    }

    /** Decompresses the event's compressed fields in place and drops {@code cv}. */
    static void decompress(ObjectNode event) throws CompressionException {
        int type = event.path("type").asInt(-1);
        JsonNode data = event.get("data");
        if (type == 2 && data != null && data.isTextual()) {
            event.set("data", unzip(data.textValue(), "data"));
        } else if (type == 3 && data instanceof ObjectNode fields) {
            int source = fields.path("source").asInt(-1);
            if (source == 8) {
                unzipFields(fields, STYLE_SHEET_FIELDS);
            } else if (source == 0 && fields.has("texts")) {
                unzipFields(fields, MUTATION_FIELDS);
            }
        }
        event.remove("cv");
    }

    private static void unzipFields(ObjectNode data, List<String> names) throws CompressionException {
        for (String name : names) {
            JsonNode value = data.get(name);
            if (value != null && value.isTextual()) {
                data.set(name, unzip(value.textValue(), "data." + name));
            }
        }
    }

    static JsonNode unzip(String text, String field) throws CompressionException {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                throw new CompressionException(field + ": a compressed field must hold only characters U+0000..U+00FF, found U+"
                        + String.format("%04X", (int) c) + " at " + i);
            }
            bytes[i] = (byte) c;
        }
        if (isZstd(bytes)) {
            throw new CompressionException(field + ": compressed with zstd, which phreplay cannot decompress yet "
                    + "(only gzip is supported)");
        }
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            throw new CompressionException(field + ": not gzip data (expected the bytes 1f 8b at the start)");
        }
        try (InputStream in = new LimitedInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)), MAX_INFLATED, field)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new CompressionException(field + ": the gzip data does not inflate to JSON: " + e.getMessage());
        }
    }

    private static boolean isZstd(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xFF) == 0x28 && (bytes[1] & 0xFF) == 0xB5
                && (bytes[2] & 0xFF) == 0x2F && (bytes[3] & 0xFF) == 0xFD;
    }
}
