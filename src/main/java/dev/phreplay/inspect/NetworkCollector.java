package dev.phreplay.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.PluginPayload;
import dev.phreplay.event.RecordedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects requests from {@code rrweb/network@1} plugin events. The recorder appends each
 * {@code serverTiming} metric as its own pseudo-request right after its parent with the same
 * timestamp; those are folded into the parent's {@link NetworkRequest#serverTimings()}.
 */
final class NetworkCollector {
    private final List<NetworkRequest> requests = new ArrayList<>();

    void accept(TimedEvent event, long start) {
        if (!(event.event() instanceof RecordedEvent.Plugin(long ts, String plugin, PluginPayload.NetworkCapture capture))) {
            return;
        }
        Map<Long, Integer> parentByTimestamp = new HashMap<>();
        Map<Integer, List<ServerTiming>> timingsByParent = new LinkedHashMap<>();
        for (JsonNode raw : capture.requests()) {
            if ("serverTiming".equals(raw.path("entryType").asText())) {
                Integer parent = parentByTimestamp.get(startedAt(raw, event.timestamp()));
                if (parent != null) {
                    timingsByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(serverTiming(raw));
                }
                continue;
            }
            NetworkRequest request = request(raw, event, start, capture.isInitial());
            parentByTimestamp.put(request.startedAt(), requests.size());
            requests.add(request);
        }
        timingsByParent.forEach((index, timings) -> requests.set(index, requests.get(index).withServerTimings(timings)));
    }

    /** The requests in order of their start. */
    List<NetworkRequest> requests() {
        List<NetworkRequest> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparingLong(NetworkRequest::startedAt));
        return sorted;
    }

    static NetworkRequest request(JsonNode raw, TimedEvent event, long start, boolean initialBatch) {
        long startedAt = startedAt(raw, event.timestamp());
        String url = text(raw, "name");
        if (url == null) {
            url = text(raw, "url");
        }
        Integer status = integer(raw, "status");
        if (status == null) {
            status = integer(raw, "responseStatus");
        }
        String entryType = text(raw, "entryType");
        String initiator = text(raw, "initiatorType");
        Long transfer = whole(raw, "transferSize");
        Long encoded = whole(raw, "encodedBodySize");
        Long decoded = whole(raw, "decodedBodySize");
        Long size = transfer != null ? transfer : encoded != null ? encoded : decoded;
        boolean fromCache = transfer != null && transfer == 0 && decoded != null && decoded > 0;
        String method = text(raw, "method");
        boolean failed = (status != null && status >= 400)
                || ((status == null || status == 0) && hasError(raw));
        return new NetworkRequest(Math.max(0, startedAt - start), startedAt, event.windowId(),
                method == null ? "GET" : method, url == null ? "" : url, status, entryType, initiator,
                ResourceType.of(entryType, initiator, url), size, fromCache, number(raw, "duration"),
                number(raw, "startTime"), timings(raw), headers(raw.get("requestHeaders")),
                headers(raw.get("responseHeaders")), text(raw, "requestBody"), text(raw, "responseBody"), List.of(),
                text(raw, "nextHopProtocol"), initialBatch || raw.path("isInitial").asBoolean(false), failed);
    }

    private static boolean hasError(JsonNode raw) {
        for (String field : List.of("error", "errorText", "errorMessage")) {
            JsonNode value = raw.get(field);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean()) && !value.asText().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static long startedAt(JsonNode raw, long eventTimestamp) {
        Double timestamp = number(raw, "timestamp");
        if (timestamp != null) {
            return Math.round(timestamp);
        }
        Double origin = number(raw, "timeOrigin");
        Double startTime = number(raw, "startTime");
        return origin != null && startTime != null ? Math.round(origin + startTime) : eventTimestamp;
    }

    /** Resource Timing marks turned into HAR phases; a phase is -1 when its marks are missing or zero. */
    static NetworkTimings timings(JsonNode raw) {
        double fetchStart = mark(raw, "fetchStart");
        double dnsStart = mark(raw, "domainLookupStart");
        double dnsEnd = mark(raw, "domainLookupEnd");
        double connectStart = mark(raw, "connectStart");
        double connectEnd = mark(raw, "connectEnd");
        double sslStart = mark(raw, "secureConnectionStart");
        double requestStart = mark(raw, "requestStart");
        double responseStart = mark(raw, "responseStart");
        double responseEnd = mark(raw, "responseEnd");
        if (requestStart <= 0 || responseStart <= 0) {
            return NetworkTimings.UNKNOWN;
        }
        double firstNetwork = dnsStart > 0 ? dnsStart : connectStart > 0 ? connectStart : requestStart;
        // Waiting for a connection before the lookup, and for a free one after it, both count as blocked.
        double ready = Math.max(fetchStart, Math.max(dnsEnd, connectEnd));
        double blocked = Math.max(0, firstNetwork - fetchStart) + Math.max(0, requestStart - ready);
        return new NetworkTimings(fetchStart > 0 ? blocked : -1, span(dnsStart, dnsEnd), span(connectStart, connectEnd),
                sslStart > 0 ? span(sslStart, connectEnd) : -1, 0, span(requestStart, responseStart),
                span(responseStart, responseEnd));
    }

    private static double span(double from, double to) {
        return from > 0 && to >= from ? to - from : -1;
    }

    private static double mark(JsonNode raw, String field) {
        Double value = number(raw, field);
        return value == null ? 0 : value;
    }

    private static ServerTiming serverTiming(JsonNode raw) {
        Double duration = number(raw, "duration");
        return new ServerTiming(raw.path("name").asText(""), duration == null ? 0 : duration, text(raw, "description"));
    }

    private static Map<String, String> headers(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> headers.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        return headers;
    }

    static String text(JsonNode raw, String field) {
        JsonNode value = raw.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static Double number(JsonNode raw, String field) {
        JsonNode value = raw.get(field);
        if (value == null || !value.isNumber()) {
            return null;
        }
        double number = value.asDouble();
        return Double.isFinite(number) ? number : null;
    }

    private static Integer integer(JsonNode raw, String field) {
        Double value = number(raw, field);
        return value == null ? null : (int) Math.round(value);
    }

    private static Long whole(JsonNode raw, String field) {
        Double value = number(raw, field);
        return value == null ? null : Math.round(value);
    }
}
