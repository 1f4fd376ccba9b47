package dev.phreplay.inspect;

import java.util.List;
import java.util.Map;

/**
 * One request captured by the network plugin.
 *
 * @param t             ms after the recording's first event when the request started (0 if before)
 * @param startedAt     epoch ms when the request started: its {@code timestamp}, else timeOrigin + startTime,
 *                      else the plugin event's timestamp
 * @param method        as recorded, {@code GET} when the recorder did not say
 * @param status        the HTTP status, or null when not recorded
 * @param sizeBytes     transferSize → encodedBodySize → decodedBodySize, or null
 * @param fromCache     transferSize 0 with a decoded body (PostHog's "from cache")
 * @param durationMs    null when not recorded
 * @param startTimeMs   the entry's startTime (ms after the page's time origin), or null
 * @param requestBody   null when not captured
 * @param failed        status ≥ 400, or no/0 status with a recorded error
 */
public record NetworkRequest(long t, long startedAt, String windowId, String method, String url, Integer status,
                             String entryType, String initiatorType, ResourceType type, Long sizeBytes,
                             boolean fromCache, Double durationMs, Double startTimeMs, NetworkTimings timings,
                             Map<String, String> requestHeaders, Map<String, String> responseHeaders,
                             String requestBody, String responseBody, List<ServerTiming> serverTimings,
                             String protocol, boolean isInitial, boolean failed) {
    public NetworkRequest withServerTimings(List<ServerTiming> timings) {
        return new NetworkRequest(t, startedAt, windowId, method, url, status, entryType, initiatorType, type, sizeBytes,
                fromCache, durationMs, startTimeMs, this.timings, requestHeaders, responseHeaders, requestBody,
                responseBody, List.copyOf(timings), protocol, isInitial, failed);
    }

    /** Start plus duration, in ms after the recording's first event. */
    public long endT() {
        return t + (durationMs == null ? 0 : Math.round(durationMs));
    }
}
