package dev.phreplay.redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the rules removed, per rule, per entry, and per event. Only counts and positions are
 * kept, never values. Event positions are capped per rule so memory stays flat on long recordings.
 */
public final class Tally {
    /** Positions kept per rule; beyond it the report says the list was truncated. */
    public static final int MAX_EVENTS_PER_RULE = 10_000;

    /** Where one event's removals happened: its window, its entry and its index (0-based) in that window. */
    public record EventHit(String window, String entry, int index, long count) {}

    /** One rule's totals. */
    public record RuleCount(String rule, long count, Map<String, Long> byEntry, List<EventHit> events, boolean eventsTruncated) {}

    private final Map<String, RuleTotals> rules = new TreeMap<>();
    private long events;
    private long eventBytes;
    private String entry = "";
    private String window;
    private int eventIndex = -1;

    /** Sets where the next counts belong: an event of a window ({@code eventIndex ≥ 0}) or a whole entry. */
    public void at(String entry, String window, int eventIndex) {
        this.entry = entry;
        this.window = window;
        this.eventIndex = eventIndex;
    }

    public void count(String rule, long n) {
        if (n <= 0) {
            return;
        }
        rules.computeIfAbsent(rule, r -> new RuleTotals()).add(n, entry, window, eventIndex);
    }

    /** One more event read ({@code bytes} of JSON), removals or not. */
    void processed(long bytes) {
        events++;
        eventBytes += bytes;
    }

    /** The events read. */
    public long events() {
        return events;
    }

    /** The JSON bytes of the events read. */
    public long eventBytes() {
        return eventBytes;
    }

    public long total() {
        return rules.values().stream().mapToLong(r -> r.count).sum();
    }

    /** Counts by rule id, sorted by id. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        rules.forEach((rule, totals) -> counts.put(rule, totals.count));
        return Collections.unmodifiableMap(counts);
    }

    public List<RuleCount> rules() {
        List<RuleCount> list = new ArrayList<>();
        rules.forEach((rule, totals) -> list.add(new RuleCount(rule, totals.count, Map.copyOf(totals.byEntry),
                List.copyOf(totals.events), totals.truncated)));
        return list;
    }

    private static final class RuleTotals {
        long count;
        final Map<String, Long> byEntry = new LinkedHashMap<>();
        final List<EventHit> events = new ArrayList<>();
        boolean truncated;

        void add(long n, String entry, String window, int index) {
            count += n;
            byEntry.merge(entry, n, Long::sum);
            if (index < 0) {
                return;
            }
            EventHit last = events.isEmpty() ? null : events.getLast();
            if (last != null && last.index() == index && last.entry().equals(entry)) {
                events.set(events.size() - 1, new EventHit(window, entry, index, last.count() + n));
            } else if (events.size() < MAX_EVENTS_PER_RULE) {
                events.add(new EventHit(window, entry, index, n));
            } else {
                truncated = true;
            }
        }
    }
}
