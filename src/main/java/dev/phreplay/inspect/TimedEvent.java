package dev.phreplay.inspect;

import dev.phreplay.event.RecordedEvent;

/**
 * One decoded event with its window and its place in the window.
 *
 * @param index the event's 0-based position in its window
 */
public record TimedEvent(String windowId, int index, RecordedEvent event) {
    public long timestamp() {
        return event.timestamp();
    }
}
