package dev.phreplay.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests as a HAR 1.2 log. Pages are the recording's page views and navigations; every
 * entry refers to the page open when it started. What a recording does not hold is written as
 * HAR's "unknown": -1 sizes and optional timings, empty cookies, an empty httpVersion.
 * phreplay's own fields start with an underscore, as HAR allows.
 */
public final class HarExport {
    private record Page(String id, long startedAt, String url) {}

    private HarExport() {}

    public static void write(Inspection inspection, String creatorVersion, Writer out) throws IOException {
        List<Page> pages = pages(inspection);
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("log");
            json.writeStringField("version", "1.2");
            json.writeObjectFieldStart("creator");
            json.writeStringField("name", "phreplay");
            json.writeStringField("version", creatorVersion);
            json.writeEndObject();
            json.writeArrayFieldStart("pages");
            for (Page page : pages) {
                json.writeStartObject();
                json.writeStringField("startedDateTime", Iso.instant(page.startedAt()));
                json.writeStringField("id", page.id());
                json.writeStringField("title", page.url());
                json.writeObjectFieldStart("pageTimings");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("entries");
            for (NetworkRequest request : inspection.network()) {
                entry(json, request, pageOf(pages, request.startedAt()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static List<Page> pages(Inspection inspection) {
        List<Page> pages = new ArrayList<>();
        for (ActivityItem item : inspection.activity()) {
            if (item.kind() == ActivityItem.Kind.PAGE_VIEW || item.kind() == ActivityItem.Kind.NAVIGATION) {
                pages.add(new Page("page_" + (pages.size() + 1), item.timestamp(), item.detail()));
            }
        }
        return pages;
    }

    private static Page pageOf(List<Page> pages, long startedAt) {
        Page open = pages.isEmpty() ? null : pages.getFirst();
        for (Page page : pages) {
            if (page.startedAt() <= startedAt) {
                open = page;
            }
        }
        return open;
    }

    private static void entry(JsonGenerator json, NetworkRequest request, Page page) throws IOException {
        NetworkTimings t = request.timings();
        boolean known = !t.equals(NetworkTimings.UNKNOWN);
        double duration = request.durationMs() == null ? 0 : request.durationMs();
        // Optional phases stay -1 when unknown; send/wait/receive are required, so an entry with
        // only a duration reports it all as waiting. time is the sum of the known phases, as HAR says.
        double blocked = known ? round(t.blocked()) : -1;
        double dns = known ? round(t.dns()) : -1;
        double connect = known ? round(t.connect()) : -1;
        double ssl = known ? round(t.ssl()) : -1;
        double send = known ? round(Math.max(0, t.send())) : 0;
        double wait = round(known ? Math.max(0, t.waiting()) : Math.max(0, duration));
        double receive = known ? round(Math.max(0, t.receive())) : 0;
        double time = round(Math.max(0, blocked) + Math.max(0, dns) + Math.max(0, connect) + send + wait + receive);

        json.writeStartObject();
        if (page != null) {
            json.writeStringField("pageref", page.id());
        }
        json.writeStringField("startedDateTime", Iso.instant(request.startedAt()));
        json.writeNumberField("time", time);
        request(json, request);
        response(json, request);
        json.writeObjectFieldStart("cache");
        json.writeEndObject();
        json.writeObjectFieldStart("timings");
        json.writeNumberField("blocked", blocked);
        json.writeNumberField("dns", dns);
        json.writeNumberField("connect", connect);
        json.writeNumberField("send", send);
        json.writeNumberField("wait", wait);
        json.writeNumberField("receive", receive);
        json.writeNumberField("ssl", ssl);
        json.writeEndObject();
        json.writeStringField("_resourceType", request.type().label());
        if (request.initiatorType() != null) {
            json.writeStringField("_initiatorType", request.initiatorType());
        }
        json.writeNumberField("_t", request.t());
        if (request.durationMs() != null) {
            json.writeNumberField("_durationMs", request.durationMs());
        }
        json.writeEndObject();
    }

    private static void request(JsonGenerator json, NetworkRequest request) throws IOException {
        json.writeObjectFieldStart("request");
        json.writeStringField("method", request.method());
        json.writeStringField("url", request.url());
        json.writeStringField("httpVersion", httpVersion(request.protocol()));
        json.writeArrayFieldStart("cookies");
        json.writeEndArray();
        headers(json, request.requestHeaders());
        json.writeArrayFieldStart("queryString");
        for (String[] pair : query(request.url())) {
            nameValue(json, pair[0], pair[1]);
        }
        json.writeEndArray();
        if (request.requestBody() != null) {
            json.writeObjectFieldStart("postData");
            json.writeStringField("mimeType", header(request.requestHeaders(), "content-type", ""));
            json.writeStringField("text", request.requestBody());
            json.writeEndObject();
        }
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", request.requestBody() == null ? -1 : utf8Length(request.requestBody()));
        json.writeEndObject();
    }

    private static void response(JsonGenerator json, NetworkRequest request) throws IOException {
        int status = request.status() == null ? 0 : request.status();
        json.writeObjectFieldStart("response");
        json.writeNumberField("status", status);
        json.writeStringField("statusText", statusText(status));
        json.writeStringField("httpVersion", httpVersion(request.protocol()));
        json.writeArrayFieldStart("cookies");
        json.writeEndArray();
        headers(json, request.responseHeaders());
        json.writeObjectFieldStart("content");
        long contentSize = request.responseBody() != null ? utf8Length(request.responseBody())
                : request.sizeBytes() == null ? 0 : request.sizeBytes();
        json.writeNumberField("size", contentSize);
        json.writeStringField("mimeType", header(request.responseHeaders(), "content-type", mimeType(request.type())));
        if (request.responseBody() != null) {
            json.writeStringField("text", request.responseBody());
        }
        json.writeEndObject();
        json.writeStringField("redirectURL", header(request.responseHeaders(), "location", ""));
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", request.fromCache() ? 0 : request.sizeBytes() == null ? -1 : request.sizeBytes());
        json.writeEndObject();
    }

    private static void headers(JsonGenerator json, Map<String, String> headers) throws IOException {
        json.writeArrayFieldStart("headers");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            nameValue(json, header.getKey(), header.getValue());
        }
        json.writeEndArray();
    }

    private static void nameValue(JsonGenerator json, String name, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    static List<String[]> query(String url) {
        List<String[]> pairs = new ArrayList<>();
        int question = url.indexOf('?');
        if (question < 0) {
            return pairs;
        }
        int hash = url.indexOf('#', question);
        String query = url.substring(question + 1, hash < 0 ? url.length() : hash);
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String value = equals < 0 ? "" : part.substring(equals + 1);
            pairs.add(new String[] {decode(name), decode(value)});
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static String header(Map<String, String> headers, String name, String fallback) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return fallback;
    }

    static String httpVersion(String protocol) {
        if (protocol == null || protocol.isBlank()) {
            return "";
        }
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "h2" -> "HTTP/2";
            case "h3" -> "HTTP/3";
            default -> protocol.toUpperCase(Locale.ROOT);
        };
    }

    private static String mimeType(ResourceType type) {
        return switch (type) {
            case DOCUMENT -> "text/html";
            case SCRIPT -> "application/javascript";
            case CSS -> "text/css";
            default -> "x-unknown";
        };
    }

    static String statusText(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    private static double round(double ms) {
        return ms < 0 ? -1 : Math.round(ms * 1000) / 1000.0;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
