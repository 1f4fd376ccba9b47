package dev.phreplay.format;

import dev.phreplay.event.EventType;
import dev.phreplay.event.IncrementalSource;
import dev.phreplay.event.PluginPayload;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.TreeMap;

/** Counts what a run of events shows: types, sources, URLs, console and network activity. */
public final class EventStats {
    /** Visited URLs kept, so that a hostile file cannot grow this without bound. */
    static final int MAX_URLS = 1_000;

    private long eventCount;
    private long firstTimestamp = Long.MAX_VALUE;
    private long lastTimestamp = Long.MIN_VALUE;
    private final Map<Integer, Long> byType = new TreeMap<>();
    private final Map<Integer, Long> bySource = new TreeMap<>();
    private final Map<String, Long> consoleByLevel = new TreeMap<>();
    private final SequencedSet<String> urls = new LinkedHashSet<>();
    private long networkRequests;
    private long unknownTypes;
    private long unknownSources;

    public void add(EventFacts event) {
        eventCount++;
        firstTimestamp = Math.min(firstTimestamp, event.timestamp());
        lastTimestamp = Math.max(lastTimestamp, event.timestamp());
        byType.merge(event.type(), 1L, Long::sum);
        if (event.type() < 0 || event.type() > EventType.ASSET) {
            unknownTypes++;
        }
        if (event.type() == EventType.INCREMENTAL_SNAPSHOT) {
            bySource.merge(event.source(), 1L, Long::sum);
            if (IncrementalSource.of(event.source()) == null) {
                unknownSources++;
            }
        }
        if (event.href() != null && urls.size() < MAX_URLS) {
            urls.add(event.href());
        }
        if (PluginPayload.CONSOLE.equals(event.plugin())) {
            consoleByLevel.merge(event.level() == null ? "log" : event.level(), 1L, Long::sum);
        } else if (PluginPayload.NETWORK.equals(event.plugin())) {
            networkRequests += event.requestCount();
        }
    }

    public void addAll(EventStats other) {
        eventCount += other.eventCount;
        firstTimestamp = Math.min(firstTimestamp, other.firstTimestamp);
        lastTimestamp = Math.max(lastTimestamp, other.lastTimestamp);
        other.byType.forEach((k, v) -> byType.merge(k, v, Long::sum));
        other.bySource.forEach((k, v) -> bySource.merge(k, v, Long::sum));
        other.consoleByLevel.forEach((k, v) -> consoleByLevel.merge(k, v, Long::sum));
        for (String url : other.urls) {
            if (urls.size() < MAX_URLS) {
                urls.add(url);
            }
        }
        networkRequests += other.networkRequests;
        unknownTypes += other.unknownTypes;
        unknownSources += other.unknownSources;
    }

    public long eventCount() {
        return eventCount;
    }

    public boolean isEmpty() {
        return eventCount == 0;
    }

    public long firstTimestamp() {
        return isEmpty() ? 0 : firstTimestamp;
    }

    public long lastTimestamp() {
        return isEmpty() ? 0 : lastTimestamp;
    }

    public long durationMs() {
        return lastTimestamp() - firstTimestamp();
    }

    public long count(int type) {
        return byType.getOrDefault(type, 0L);
    }

    /** Counts keyed by rrweb's type name ({@code FullSnapshot}), in type order. */
    public Map<String, Long> countsByType() {
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        byType.forEach((type, count) -> named.put(EventType.name(type), count));
        return named;
    }

    /** Incremental counts keyed by rrweb's source name ({@code MouseMove}), in source order. */
    public Map<String, Long> countsBySource() {
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        bySource.forEach((source, count) -> named.put(IncrementalSource.name(source), count));
        return named;
    }

    public Map<String, Long> consoleByLevel() {
        return Map.copyOf(consoleByLevel);
    }

    public long consoleCount() {
        return consoleByLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long consoleErrorCount() {
        return consoleByLevel.getOrDefault("error", 0L);
    }

    public long networkRequestCount() {
        return networkRequests;
    }

    public List<String> urls() {
        return List.copyOf(urls);
    }

    public String firstUrl() {
        return urls.isEmpty() ? null : urls.getFirst();
    }

    public long unknownTypes() {
        return unknownTypes;
    }

    public long unknownSources() {
        return unknownSources;
    }
}
