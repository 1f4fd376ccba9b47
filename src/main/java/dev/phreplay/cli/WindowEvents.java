package dev.phreplay.cli;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.OpenedRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The decoded events of one window, in the recording's (timestamp) order. */
final class WindowEvents {
    private WindowEvents() {}

    static List<RecordedEvent> read(OpenedRecording recording, String windowId) throws IOException {
        List<RecordedEvent> events = new ArrayList<>();
        try (EventCursor cursor = recording.events(windowId)) {
            while (cursor.hasNext()) {
                RawEvent raw = cursor.next();
                try {
                    events.add(raw.decode());
                } catch (EventDecodeException e) {
                    throw new InvalidInputException(recording.path() + ": window " + windowId + ", event " + raw.index()
                            + ": " + e.getMessage(), e);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return events;
    }
}
