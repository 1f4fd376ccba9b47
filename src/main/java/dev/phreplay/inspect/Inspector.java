package dev.phreplay.inspect;

import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads a recording once and collects console, network, activity and node history. */
public final class Inspector {
    /** What to collect; leaving parts out saves time and, for node history, most of the memory. */
    public enum Part { CONSOLE, NETWORK, ACTIVITY, NODE_HISTORY }

    private final Set<Part> parts;
    private final NodeHistoryIndex nodeHistory;
    private final ConsoleCollector console = new ConsoleCollector();
    private final NetworkCollector network = new NetworkCollector();
    private final ActivityCollector activity;
    private long start = Long.MIN_VALUE;
    private long end = Long.MIN_VALUE;
    private int count;

    private Inspector(Set<Part> parts) {
        this.parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        this.nodeHistory = new NodeHistoryIndex(this.parts.contains(Part.NODE_HISTORY));
        this.activity = new ActivityCollector(new NodeTracker(nodeHistory));
    }

    /** Collects everything. */
    public static Inspection inspect(RecordingEvents recording) throws IOException {
        return inspect(recording, EnumSet.allOf(Part.class));
    }

    /** Collects only {@code parts}; the others stay empty (node history needs {@code ACTIVITY} too). */
    public static Inspection inspect(RecordingEvents recording, Set<Part> parts) throws IOException {
        try (MergedEvents events = new MergedEvents(recording)) {
            return inspect(events, recording.windowIds(), events, parts);
        }
    }

    /** {@code events} must be in timestamp order across windows, as {@link MergedEvents} gives them. */
    public static Inspection inspect(Iterator<TimedEvent> events, List<String> windowIds) {
        return inspect(events, windowIds, null, EnumSet.allOf(Part.class));
    }

    private static Inspection inspect(Iterator<TimedEvent> events, List<String> windowIds, MergedEvents merged,
                                      Set<Part> parts) {
        Inspector inspector = new Inspector(parts);
        while (events.hasNext()) {
            inspector.accept(events.next());
        }
        return inspector.finish(windowIds, merged == null ? 0 : merged.skipped());
    }

    private void accept(TimedEvent event) {
        if (start == Long.MIN_VALUE) {
            start = event.timestamp();
            nodeHistory.start(start);
            activity.start(start);
        }
        end = Math.max(end, event.timestamp());
        count++;
        if (parts.contains(Part.CONSOLE)) {
            console.accept(event, start);
        }
        if (parts.contains(Part.NETWORK)) {
            network.accept(event, start);
        }
        if (parts.contains(Part.ACTIVITY) || parts.contains(Part.NODE_HISTORY)) {
            activity.accept(event);
        }
    }

    private Inspection finish(List<String> windowIds, int skipped) {
        long first = start == Long.MIN_VALUE ? 0 : start;
        long last = end == Long.MIN_VALUE ? 0 : end;
        List<ConsoleEntry> consoleEntries = List.copyOf(console.entries());
        List<NetworkRequest> requests = List.copyOf(network.requests());
        List<ActivityItem> items = new ArrayList<>(activity.items());
        int errors = 0;
        for (ConsoleEntry entry : consoleEntries) {
            if (entry.group() == ConsoleLevel.ERROR) {
                errors++;
                items.add(new ActivityItem(entry.t(), entry.timestamp(), entry.windowId(), ActivityItem.Kind.CONSOLE_ERROR,
                        "Console " + entry.level(), NodeHistoryIndex.truncate(entry.message()), null));
            }
        }
        int failed = 0;
        for (NetworkRequest request : requests) {
            if (request.failed()) {
                failed++;
                items.add(new ActivityItem(request.t(), request.startedAt(), request.windowId(), ActivityItem.Kind.FAILED_REQUEST,
                        "Failed request", request.method() + " " + request.url() + " → "
                        + (request.status() == null ? "error" : request.status()), null));
            }
        }
        items.sort(Comparator.comparingLong(ActivityItem::t));
        ActivitySummary summary = activity.summary(last - first, windowIds.size(), errors, failed);
        return new Inspection(first, last, List.copyOf(windowIds), consoleEntries, requests, List.copyOf(items), summary,
                nodeHistory, count, skipped);
    }
}
