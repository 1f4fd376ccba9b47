package dev.phreplay.redact;

import java.io.IOException;

/**
 * Where redacted output goes: the package writer in {@code format} (adapted in one line per method),
 * or nothing for a preview. Calls come in order: {@code metadata} (if any), then each window.
 */
public interface RedactionSink {
    void metadata(byte[] json) throws IOException;

    void beginWindow(String id) throws IOException;

    /** One event's compact UTF-8 JSON. */
    void append(byte[] json) throws IOException;

    void endWindow() throws IOException;

    /** A sink that writes nothing: used by {@link Redactor#preview}. */
    RedactionSink DISCARD = new RedactionSink() {
        @Override
        public void metadata(byte[] json) {}

        @Override
        public void beginWindow(String id) {}

        @Override
        public void append(byte[] json) {}

        @Override
        public void endWindow() {}
    };
}
