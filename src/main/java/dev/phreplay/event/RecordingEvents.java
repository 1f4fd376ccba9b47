package dev.phreplay.event;

import java.io.IOException;
import java.util.List;

/**
 * The events of a recording, per window, streamed. Implemented by the package reader and by
 * every importer ({@code dev.phreplay.format}); read by the timeline, the inspectors and the CLI.
 */
public interface RecordingEvents extends AutoCloseable {
    /** The window ids, in order of first appearance. */
    List<String> windowIds();

    /** A fresh cursor over one window's events, in timestamp order. */
    EventCursor events(String windowId) throws IOException;

    @Override
    void close() throws IOException;
}
