package dev.phreplay.inspect;

import dev.phreplay.util.IntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per window and node id, every time the node was added, changed or removed. Kept as parallel
 * arrays rather than objects: a long recording touches millions of nodes.
 */
public final class NodeHistoryIndex {
    static final int MAX_DETAIL = 120;
    private static final NodeChange.Kind[] KINDS = NodeChange.Kind.values();

    private static final class Log {
        long[] timestamps = new long[2];
        byte[] kinds = new byte[2];
        String[] details = new String[2];
        int size;

        void add(long timestamp, NodeChange.Kind kind, String detail) {
            if (size == timestamps.length) {
                int capacity = size * 2;
                timestamps = Arrays.copyOf(timestamps, capacity);
                kinds = Arrays.copyOf(kinds, capacity);
                details = Arrays.copyOf(details, capacity);
            }
            timestamps[size] = timestamp;
            kinds[size] = (byte) kind.ordinal();
            details[size] = detail;
            size++;
        }
    }

    private final Map<String, IntMap<Log>> windows = new HashMap<>();
    private final boolean enabled;
    private long start;

    NodeHistoryIndex(boolean enabled) {
        this.enabled = enabled;
    }

    void start(long startTimestamp) {
        this.start = startTimestamp;
    }

    void record(String windowId, int nodeId, long timestamp, NodeChange.Kind kind, String detail) {
        if (!enabled) {
            return;
        }
        IntMap<Log> logs = windows.computeIfAbsent(windowId, w -> new IntMap<>());
        Log log = logs.get(nodeId);
        if (log == null) {
            log = new Log();
            logs.put(nodeId, log);
        }
        log.add(timestamp, kind, truncate(detail));
    }

    /** The node's history in one window, oldest first; empty when the id never appeared. */
    public List<NodeChange> history(String windowId, int nodeId) {
        IntMap<Log> logs = windows.get(windowId);
        Log log = logs == null ? null : logs.get(nodeId);
        if (log == null) {
            return List.of();
        }
        List<NodeChange> changes = new ArrayList<>(log.size);
        for (int i = 0; i < log.size; i++) {
            changes.add(new NodeChange(Math.max(0, log.timestamps[i] - start), log.timestamps[i], KINDS[log.kinds[i]],
                    log.details[i]));
        }
        return changes;
    }

    /** The window ids that have node history, in no particular order. */
    public List<String> windowIds() {
        return List.copyOf(windows.keySet());
    }

    static String truncate(String detail) {
        if (detail == null || detail.length() <= MAX_DETAIL) {
            return detail;
        }
        return detail.substring(0, MAX_DETAIL) + "…";
    }
}
