package dev.phreplay.inspect;

import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Reads a recording once and collects console, network, activity and node history. */
public final class Inspector {
    private final NodeHistoryIndex nodeHistory = new NodeHistoryIndex();
    private final ConsoleCollector console = new ConsoleCollector();
    private final NetworkCollector network = new NetworkCollector();
    private final ActivityCollector activity = new ActivityCollector(new NodeTracker(nodeHistory));
    private long start = Long.MIN_VALUE;
    private long end = Long.MIN_VALUE;
    private int count;

    private Inspector() {}

    public static Inspection inspect(RecordingEvents recording) throws IOException {
        try (MergedEvents events = new MergedEvents(recording)) {
            return inspect(events, recording.windowIds(), events);
        }
    }

    /** {@code events} must be in timestamp order across windows, as {@link MergedEvents} gives them. */
    public static Inspection inspect(Iterator<TimedEvent> events, List<String> windowIds) {
        return inspect(events, windowIds, null);
    }

    private static Inspection inspect(Iterator<TimedEvent> events, List<String> windowIds, MergedEvents merged) {
        Inspector inspector = new Inspector();
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
        console.accept(event, start);
        network.accept(event, start);
        activity.accept(event);
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
