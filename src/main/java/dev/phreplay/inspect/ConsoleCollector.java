package dev.phreplay.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.PluginPayload;
import dev.phreplay.event.RecordedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects console lines from {@code rrweb/console@1} plugin events, legacy Log incrementals
 * (source 11), mobile string payloads and PostHog {@code $exception} custom events.
 *
 * <p>Deduplication follows PostHog's inspector: a line whose content was already seen at the same
 * timestamp is dropped, and a line equal to the previous one raises that entry's count. Unlike
 * PostHog, "equal" also compares the level, so that e.g. {@code time}/{@code timeEnd} with no
 * arguments stay separate lines.
 */
final class ConsoleCollector {
    private final List<ConsoleEntry> entries = new ArrayList<>();
    private final Set<String> seenAtTimestamp = new HashSet<>();
    private long seenTimestamp = Long.MIN_VALUE;
    private String previousKey;

    void accept(TimedEvent event, long start) {
        switch (event.event()) {
            case RecordedEvent.Plugin(long ts, String plugin, PluginPayload.ConsoleLog log) ->
                    add(event, start, log.level(), log.trace(), log.payload(), ConsoleEntry.Source.CONSOLE_PLUGIN);
            case RecordedEvent.Incremental(long ts, IncrementalData.Log log) ->
                    add(event, start, log.level(), log.trace(), log.payload(), ConsoleEntry.Source.LEGACY_LOG);
            case RecordedEvent.Custom custom when "$exception".equals(custom.tag()) -> exception(event, start, custom.payload());
            default -> { }
        }
    }

    List<ConsoleEntry> entries() {
        return entries;
    }

    private void add(TimedEvent event, long start, String level, List<String> trace, List<String> payload,
                     ConsoleEntry.Source source) {
        List<String> lines = payload.stream().filter(line -> line != null && !line.isEmpty()).toList();
        String lvl = level == null || level.isBlank() ? "log" : level;
        String key = lvl + "\u0000" + String.join("\n", lines);
        if (event.timestamp() != seenTimestamp) {
            seenTimestamp = event.timestamp();
            seenAtTimestamp.clear();
        }
        if (!seenAtTimestamp.add(key)) {
            return;
        }
        if (key.equals(previousKey) && !entries.isEmpty()) {
            ConsoleEntry last = entries.removeLast();
            entries.add(new ConsoleEntry(last.t(), last.timestamp(), last.windowId(), last.level(), last.message(),
                    last.args(), last.trace(), last.count() + 1, last.source()));
            return;
        }
        previousKey = key;
        List<String> args = lines.stream().map(ConsoleArgs::render).toList();
        entries.add(new ConsoleEntry(Math.max(0, event.timestamp() - start), event.timestamp(), event.windowId(), lvl,
                String.join(" ", args), args, List.copyOf(trace), 1, source));
    }

    /** PostHog's exception autocapture: {@code $exception_list[{type, value, stacktrace.frames}]} or the flat fields. */
    private void exception(TimedEvent event, long start, JsonNode payload) {
        JsonNode first = payload.path("$exception_list").path(0);
        String type = firstText(first.path("type"), payload.path("$exception_type"));
        String value = firstText(first.path("value"), payload.path("$exception_message"));
        String message = type == null ? Objects.requireNonNullElse(value, "exception")
                : value == null ? type : type + ": " + value;
        List<String> trace = new ArrayList<>();
        for (JsonNode frame : first.path("stacktrace").path("frames")) {
            trace.add(frame.path("filename").asText("?") + ":" + frame.path("lineno").asText("?") + ":"
                    + frame.path("colno").asText("?"));
        }
        add(event, start, "error", trace, List.of(message), ConsoleEntry.Source.EXCEPTION);
    }

    private static String firstText(JsonNode a, JsonNode b) {
        if (a.isValueNode() && !a.asText().isEmpty()) {
            return a.asText();
        }
        return b.isValueNode() && !b.asText().isEmpty() ? b.asText() : null;
    }
}
