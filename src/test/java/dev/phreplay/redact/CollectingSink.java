package dev.phreplay.redact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a redaction wrote, per window, for tests. */
final class CollectingSink implements RedactionSink {
    byte[] metadata;
    final Map<String, List<String>> windows = new LinkedHashMap<>();
    private List<String> current;

    @Override
    public void metadata(byte[] json) {
        metadata = json;
    }

    @Override
    public void beginWindow(String id) {
        current = new ArrayList<>();
        windows.put(id, current);
    }

    @Override
    public void append(byte[] json) {
        current.add(new String(json, StandardCharsets.UTF_8));
    }

    @Override
    public void endWindow() {
        current = null;
    }

    /** Everything written, as one text: what a secret must not appear in. */
    String everything() {
        StringBuilder all = new StringBuilder(metadata == null ? "" : new String(metadata, StandardCharsets.UTF_8));
        windows.values().forEach(events -> events.forEach(e -> all.append('\n').append(e)));
        return all.toString();
    }
}
