package dev.phreplay.format;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.format.EventProbe.MalformedEventException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a recording's events show, per window and in all, read in one streaming pass. */
public record RecordingSummary(Map<String, EventStats> windows, EventStats total) {
    public static RecordingSummary of(OpenedRecording recording) throws IOException, RecordingException {
        Map<String, EventStats> windows = new LinkedHashMap<>();
        EventStats total = new EventStats();
        for (String window : recording.windowIds()) {
            EventStats stats = new EventStats();
            try (EventCursor events = recording.events(window)) {
                while (events.hasNext()) {
                    RawEvent event = events.next();
                    try {
                        stats.add(EventProbe.probe(event.json()));
                    } catch (MalformedEventException e) {
                        throw new RecordingException(recording.path() + ": window " + window + " event " + event.index()
                                + ": " + e.getMessage());
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new RecordingException(e.getCause().getMessage(), e.getCause());
            }
            windows.put(window, stats);
            total.addAll(stats);
        }
        return new RecordingSummary(windows, total);
    }
}
