package dev.phreplay.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The requests as text or JSON, for the {@code network} command; HAR is {@link HarExport}. */
public final class NetworkExport {
    private NetworkExport() {}

    public static void text(List<NetworkRequest> requests, Writer out) throws IOException {
        for (NetworkRequest request : requests) {
            out.write(String.format(Locale.ROOT, "%s  %-6s %-4s %-9s %9s %9s  %s%s%n", Durations.clock(request.t()),
                    request.method(), request.status() == null ? "-" : request.status(), request.type().label(),
                    size(request), request.durationMs() == null ? "-" : Math.round(request.durationMs()) + " ms",
                    request.url(), request.failed() ? "  FAILED" : ""));
        }
        out.flush();
    }

    /** {@code 1.2 KB}, {@code (cache)} for cache hits, {@code -} when unknown. */
    public static String size(NetworkRequest request) {
        if (request.fromCache()) {
            return "(cache)";
        }
        Long bytes = request.sizeBytes();
        if (bytes == null) {
            return "-";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** A JSON array; each object has at least {@code t, method, url, status, durationMs}. */
    public static void json(List<NetworkRequest> requests, Writer out) throws IOException {
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (NetworkRequest request : requests) {
                write(json, request);
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator json, NetworkRequest request) throws IOException {
        json.writeStartObject();
        json.writeNumberField("t", request.t());
        json.writeNumberField("timestamp", request.startedAt());
        json.writeStringField("startedDateTime", Iso.instant(request.startedAt()));
        json.writeStringField("windowId", request.windowId());
        json.writeStringField("method", request.method());
        json.writeStringField("url", request.url());
        nullableNumber(json, "status", request.status() == null ? null : request.status().doubleValue(), true);
        json.writeBooleanField("failed", request.failed());
        json.writeStringField("type", request.type().label());
        json.writeStringField("initiatorType", request.initiatorType());
        json.writeStringField("entryType", request.entryType());
        nullableNumber(json, "sizeBytes", request.sizeBytes() == null ? null : request.sizeBytes().doubleValue(), true);
        json.writeBooleanField("fromCache", request.fromCache());
        nullableNumber(json, "durationMs", request.durationMs(), false);
        nullableNumber(json, "startTimeMs", request.startTimeMs(), false);
        NetworkTimings t = request.timings();
        json.writeObjectFieldStart("timings");
        json.writeNumberField("blocked", t.blocked());
        json.writeNumberField("dns", t.dns());
        json.writeNumberField("connect", t.connect());
        json.writeNumberField("ssl", t.ssl());
        json.writeNumberField("send", t.send());
        json.writeNumberField("wait", t.waiting());
        json.writeNumberField("receive", t.receive());
        json.writeEndObject();
        headers(json, "requestHeaders", request.requestHeaders());
        headers(json, "responseHeaders", request.responseHeaders());
        json.writeStringField("requestBody", request.requestBody());
        json.writeStringField("responseBody", request.responseBody());
        json.writeArrayFieldStart("serverTimings");
        for (ServerTiming timing : request.serverTimings()) {
            json.writeStartObject();
            json.writeStringField("name", timing.name());
            json.writeNumberField("durationMs", timing.durationMs());
            if (timing.description() != null) {
                json.writeStringField("description", timing.description());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator json, String name, Double value, boolean whole) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else if (whole) {
            json.writeNumberField(name, value.longValue());
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void headers(JsonGenerator json, String name, Map<String, String> headers) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            json.writeStringField(header.getKey(), header.getValue());
        }
        json.writeEndObject();
    }
}
