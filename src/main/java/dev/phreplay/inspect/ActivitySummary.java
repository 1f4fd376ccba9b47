package dev.phreplay.inspect;

import java.util.List;

/**
 * The header of the activity panel.
 *
 * @param durationMs first to last event, all windows
 * @param activeMs   time between consecutive activity events (see {@link ActivityRules}) at most
 *                   {@link ActivityRules#INACTIVITY_MS} apart
 * @param pages      the distinct URLs visited, in order of first visit
 */
public record ActivitySummary(long durationMs, long activeMs, List<String> pages, int windows, int clicks,
                              int rageClicks, int deadClicks, int inputs, int consoleErrors, int failedRequests,
                              int customEvents) {
    public long inactiveMs() {
        return Math.max(0, durationMs - activeMs);
    }
}
