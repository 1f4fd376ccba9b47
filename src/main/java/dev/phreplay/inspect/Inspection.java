package dev.phreplay.inspect;

import java.util.List;

/**
 * What the inspectors show of one recording, from one pass over its events.
 *
 * @param startTimestamp the first event's timestamp (all windows); every {@code t} is relative to it
 * @param skippedEvents  events that could not be decoded and were left out
 */
public record Inspection(long startTimestamp, long endTimestamp, List<String> windowIds, List<ConsoleEntry> console,
                         List<NetworkRequest> network, List<ActivityItem> activity, ActivitySummary summary,
                         NodeHistoryIndex nodeHistory, int eventCount, int skippedEvents) {
    public long durationMs() {
        return Math.max(0, endTimestamp - startTimestamp);
    }
}
