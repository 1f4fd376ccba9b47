package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.phreplay.event.EventType;
import dev.phreplay.event.Json;
import dev.phreplay.format.EventProbe.MalformedEventException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the events of one window, line by line: each line one well-formed event, timestamps in
 * order, at least one full snapshot; unknown types and sources are counted as warnings. Only the
 * first {@value #MAX_PER_CODE} findings of a code are listed, then a count of the rest.
 */
final class WindowChecker {
    static final int MAX_PER_CODE = 20;

    private final String entry;
    private final List<Finding> findings;
    private final EventStats stats = new EventStats();
    private final Map<String, Long> hidden = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    private long lastTimestamp = Long.MIN_VALUE;
    private long firstUnknownTypeLine = -1;
    private long firstUnknownSourceLine = -1;
    private final String unit;
    /** The line of the event being read, blamed when its JSON breaks off. */
    private long current = -1;

    WindowChecker(String entry, List<Finding> findings) {
        this(entry, findings, "line ");
    }

    /** @param unit how a position is named in findings: {@code "line "} in a package, {@code "event "} in an import */
    WindowChecker(String entry, List<Finding> findings, String unit) {
        this.entry = entry;
        this.findings = findings;
        this.unit = unit;
    }

    /**
     * Checks a whole entry with one streaming parser (much faster than a parser per line). Each
     * event must start on the line after the previous one and end on the line it started on.
     * After malformed JSON the parser cannot find its footing again: the rest is not checked.
     */
    void read(InputStream in) throws IOException {
        try (JsonParser parser = Json.factory().createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            long previousEnd = 0;
            while (parser.nextToken() != null) {
                long line = parser.currentTokenLocation().getLineNr();
                current = line;
                if (line == previousEnd) {
                    error(FindingCode.EVENTS_MALFORMED_LINE, line, "more than one event on this line");
                } else if (line > previousEnd + 1) {
                    error(FindingCode.EVENTS_MALFORMED_LINE, previousEnd + 1, "an empty line where an event should be");
                }
                EventFacts facts = null;
                try {
                    facts = EventProbe.event(parser);
                } catch (MalformedEventException e) {
                    error(FindingCode.EVENTS_MALFORMED_LINE, line, e.getMessage());
                }
                long end = parser.currentTokenLocation().getLineNr();
                if (end != line) {
                    error(FindingCode.EVENTS_MALFORMED_LINE, line, "the event spans lines " + line + " to " + end
                            + "; each event must be on one line");
                }
                if (facts != null) {
                    event(line, facts);
                }
                previousEnd = end;
                current = -1;
            }
        } catch (JsonProcessingException e) {
            // Blame the line where the broken event began, not where the parser noticed.
            error(FindingCode.EVENTS_MALFORMED_LINE, current > 0 ? current : e.getLocation().getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage() + " (the rest of the entry was not checked)");
        }
    }

    /** The same checks for an event that is already probed (an imported recording). */
    void event(long number, EventFacts facts) {
        if (facts.timestamp() < lastTimestamp) {
            error(FindingCode.EVENTS_OUT_OF_ORDER, number, "timestamp " + facts.timestamp()
                    + " is earlier than the previous event's " + lastTimestamp);
        }
        lastTimestamp = Math.max(lastTimestamp, facts.timestamp());
        stats.add(facts);
        if (facts.type() < 0 || facts.type() > EventType.ASSET) {
            firstUnknownTypeLine = firstUnknownTypeLine < 0 ? number : firstUnknownTypeLine;
        } else if (facts.type() == EventType.INCREMENTAL_SNAPSHOT && dev.phreplay.event.IncrementalSource.of(facts.source()) == null) {
            firstUnknownSourceLine = firstUnknownSourceLine < 0 ? number : firstUnknownSourceLine;
        }
    }

    void finish() {
        if (stats.unknownTypes() > 0) {
            findings.add(Finding.warning(FindingCode.EVENTS_UNKNOWN_TYPE, entry, unit + firstUnknownTypeLine,
                    stats.unknownTypes() + " event(s) of a type this phreplay does not know; they are kept but not played"));
        }
        if (stats.unknownSources() > 0) {
            findings.add(Finding.warning(FindingCode.EVENTS_UNKNOWN_SOURCE, entry, unit + firstUnknownSourceLine,
                    stats.unknownSources() + " incremental event(s) of a source this phreplay does not know; they are kept but not played"));
        }
        if (stats.isEmpty()) {
            findings.add(Finding.error(FindingCode.WINDOW_EMPTY, entry, null, "the window has no events"));
        } else if (stats.count(EventType.FULL_SNAPSHOT) == 0) {
            findings.add(Finding.error(FindingCode.WINDOW_NO_FULL_SNAPSHOT, entry, null,
                    "the window has no full snapshot (type 2), so nothing can be shown"));
        }
        hidden.forEach((code, count) -> findings.add(Finding.error(code, entry, null,
                count + " more finding(s) of this kind not listed")));
    }

    EventStats stats() {
        return stats;
    }

    private void error(String code, long line, String message) {
        int count = shown.merge(code, 1, Integer::sum);
        if (count <= MAX_PER_CODE) {
            findings.add(Finding.error(code, entry, unit + line, message));
        } else {
            hidden.merge(code, 1L, Long::sum);
        }
    }
}
