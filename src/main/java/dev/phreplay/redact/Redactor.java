package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.Json;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Applies redaction rules to a whole recording as a stream: the metadata first (it teaches which
 * values identify the person), then each window's events one by one. Only one event's JSON tree is
 * in memory at a time, plus the per-window node table.
 */
public final class Redactor {
    /** The entry names of a {@code .phreplay} package, used to say where removals happened. */
    public static final String METADATA_ENTRY = "metadata.json";
    public static final IntFunction<String> WINDOW_ENTRY = n -> "windows/" + n + ".jsonl";

    private final RedactionRules rules;
    private final IntFunction<String> windowEntry;

    public Redactor(RedactionRules rules) {
        this(rules, WINDOW_ENTRY);
    }

    public Redactor(RedactionRules rules, IntFunction<String> windowEntry) {
        this.rules = rules;
        this.windowEntry = windowEntry;
    }

    public RedactionRules rules() {
        return rules;
    }

    /** What {@link #redact} would remove, without writing anything. */
    public Tally preview(RecordingEvents input, byte[] metadata) throws IOException, RedactionException {
        return redact(input, metadata, RedactionSink.DISCARD);
    }

    /**
     * Redacts {@code input} into {@code sink}.
     *
     * @param metadata the recording's metadata JSON, or null when it has none
     * @return the counts of what was removed (never the values)
     * @throws RedactionException naming the window and event that could not be redacted
     */
    public Tally redact(RecordingEvents input, byte[] metadata, RedactionSink sink) throws IOException, RedactionException {
        Tally tally = new Tally();
        Scrubber scrubber = new Scrubber(rules, tally);
        if (metadata != null) {
            tally.at(METADATA_ENTRY, null, -1);
            sink.metadata(redactMetadata(metadata, scrubber));
        }
        List<String> windows = input.windowIds();
        for (int w = 0; w < windows.size(); w++) {
            String window = windows.get(w);
            String entry = windowEntry.apply(w);
            EventRedactor events = new EventRedactor(rules, scrubber);
            sink.beginWindow(window);
            try (EventCursor cursor = input.events(window)) {
                while (cursor.hasNext()) {
                    RawEvent event = next(cursor);
                    tally.at(entry, window, event.index());
                    tally.processed(event.json().length + 1L);
                    sink.append(redactEvent(event, events, window));
                }
            }
            sink.endWindow();
        }
        return tally;
    }

    private static RawEvent next(EventCursor cursor) throws IOException {
        try {
            return cursor.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] redactEvent(RawEvent event, EventRedactor events, String window) throws IOException, RedactionException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(event.json());
        } catch (IOException e) {
            throw new RedactionException("window " + window + " event " + event.index() + ": malformed JSON: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new RedactionException("window " + window + " event " + event.index() + ": an event must be a JSON object");
        }
        try {
            events.redact(object);
        } catch (RedactionException e) {
            throw new RedactionException("window " + window + " event " + event.index() + ": " + e.getMessage());
        }
        return Json.mapper().writeValueAsBytes(object);
    }

    private byte[] redactMetadata(byte[] metadata, Scrubber scrubber) throws IOException, RedactionException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(metadata);
        } catch (IOException e) {
            throw new RedactionException(METADATA_ENTRY + ": malformed JSON: " + e.getMessage());
        }
        if (tree == null) {
            return metadata;
        }
        new MetadataRedactor(rules.metadata(), scrubber).redact(tree);
        return Json.mapper().writeValueAsBytes(tree);
    }
}
