package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads every file PostHog gives a user (posthog-formats.md §1–§2.4), detected from its content:
 * the "Export to file" JSON ({@code 2023-04-28} and {@code 2022-12-02}), a bare rrweb event array,
 * snapshot JSON Lines ({@code [windowId, event]}, an event with its {@code windowId}, or the older
 * {@code {window_id, data: [events]}}), one event alone, and the recording metadata API response.
 * Documents are streamed event by event; only one event's tree exists at a time.
 */
final class PosthogImporter {
    static final String EXPORT_V2 = "2023-04-28";
    static final String EXPORT_V1 = "2022-12-02";
    static final List<String> EXPORT_VERSIONS = List.of(EXPORT_V2, EXPORT_V1);

    private final Path file;
    private final ImportCollector collector;
    private final int maxLineBytes;

    PosthogImporter(Path file, ImportCollector collector, int maxLineBytes) {
        this.file = file;
        this.collector = collector;
        this.maxLineBytes = maxLineBytes;
        collector.input(file);
    }

    void read(InputShape shape) throws IOException, RecordingException {
        try {
            switch (shape.kind()) {
                case OBJECT -> object(shape);
                case ARRAY -> array(shape);
                case LINES -> lines();
                case EMPTY -> throw new RecordingException(file + ": the file is empty");
                case ZIP -> throw new IllegalArgumentException("a ZIP is read by the package reader");
            }
        } catch (CharConversionException e) {
            throw InputShape.notText(file, e);
        }
    }

    private void object(InputShape shape) throws IOException, RecordingException {
        Set<String> keys = shape.rootKeys();
        if (keys.contains("version")) {
            export(shape.version());
        } else if (keys.contains("type") && (keys.contains("data") || keys.contains("timestamp"))) {
            collector.kind("rrweb event");
            collector.add(tree(), null, file.toString());
        } else if ((keys.contains("window_id") || keys.contains("windowId")) && keys.contains("data")) {
            collector.kind("PostHog snapshot lines");
            line(tree(), 1);
        } else if (keys.contains("id") && (keys.contains("start_time") || keys.contains("recording_duration"))) {
            collector.kind("PostHog recording metadata");
            collector.recordingProperties(tree());
        } else {
            throw new RecordingException(file + ": not a recording: a JSON object with neither \"version\" (a PostHog export), "
                    + "\"type\" (an rrweb event) nor \"window_id\" (snapshot lines); its keys are " + keys);
        }
    }

    private void export(String version) throws IOException, RecordingException {
        if (version == null || !EXPORT_VERSIONS.contains(version)) {
            throw new RecordingException(file + ": PostHog export version " + (version == null ? "(not a string)" : "\"" + version + "\"")
                    + " is not supported; supported versions: " + String.join(", ", EXPORT_VERSIONS));
        }
        collector.kind("PostHog export " + version);
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.factory().createParser(in)) {
            parser.setCodec(Json.mapper());
            parser.nextToken();
            boolean data = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("data") && value == JsonToken.START_OBJECT) {
                    exportData(parser, version);
                    data = true;
                } else {
                    parser.skipChildren();
                }
            }
            if (!data) {
                throw new RecordingException(file + ": a PostHog export needs a \"data\" object");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private void exportData(JsonParser parser, String version) throws IOException, RecordingException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "person" -> collector.person(parser.readValueAsTree());
                case "id" -> collector.recordingId(value == JsonToken.VALUE_STRING ? parser.getText() : null);
                case "snapshots" -> {
                    expect(value, JsonToken.START_ARRAY, "data.snapshots");
                    events(parser, null, "data.snapshots");
                }
                case "snapshotsByWindowId" -> {
                    expect(value, JsonToken.START_OBJECT, "data.snapshotsByWindowId");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String window = parser.currentName();
                        expect(parser.nextToken(), JsonToken.START_ARRAY, "data.snapshotsByWindowId." + window);
                        events(parser, window, "data.snapshotsByWindowId." + window);
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    private void expect(JsonToken found, JsonToken wanted, String field) throws RecordingException {
        if (found != wanted) {
            throw new RecordingException(file + ": " + field + " must be " + EventProbe.describe(wanted) + ", not "
                    + EventProbe.describe(found));
        }
    }

    /** The elements of an array of events, the parser on its START_ARRAY. */
    private void events(JsonParser parser, String window, String field) throws IOException, RecordingException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            collector.add(parser.readValueAsTree(), window, file + ": " + field + "[" + index++ + "]");
        }
    }

    private void array(InputShape shape) throws IOException, RecordingException {
        if (shape.firstElement() == JsonToken.START_OBJECT) {
            collector.kind("rrweb event array");
            try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.factory().createParser(in)) {
                parser.setCodec(Json.mapper());
                parser.nextToken();
                events(parser, null, "event");
            } catch (JsonProcessingException e) {
                throw malformed(e);
            }
        } else if (shape.firstElement() == JsonToken.VALUE_STRING || shape.firstElement() == JsonToken.VALUE_NUMBER_INT) {
            collector.kind("PostHog snapshot lines");
            line(tree(), 1);
        } else if (shape.firstElement() == JsonToken.END_ARRAY) {
            throw new RecordingException(file + ": the event array is empty");
        } else {
            throw new RecordingException(file + ": not a recording: an array whose first element is "
                    + EventProbe.describe(shape.firstElement()) + ", not an event object or a window id");
        }
    }

    private void lines() throws IOException, RecordingException {
        collector.kind("PostHog snapshot lines");
        LineSplitter splitter = new LineSplitter(maxLineBytes, new LineSplitter.Sink() {
            @Override
            public void line(long number, byte[] bytes, int offset, int length) {
                if (isBlank(bytes, offset, length)) {
                    return;
                }
                try {
                    PosthogImporter.this.line(Json.mapper().readTree(bytes, offset, length), number);
                } catch (JsonProcessingException e) {
                    throw new Unchecked(new RecordingException(file + ": line " + number + ": malformed JSON: " + e.getOriginalMessage()));
                } catch (CharConversionException e) {
                    throw new Unchecked(new RecordingException(file + ": line " + number + ": not UTF-8 JSON: " + e.getMessage()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RecordingException e) {
                    throw new Unchecked(e);
                }
            }

            @Override
            public void tooLong(long number, long length) {
                throw new Unchecked(new RecordingException(file + ": line " + number + " is " + length
                        + " bytes long, over the limit of " + maxLineBytes));
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                splitter.feed(buffer, 0, read);
            }
            splitter.finish();
        } catch (Unchecked e) {
            throw e.exception;
        }
    }

    /** One snapshot line in any of the shapes of posthog-formats.md §2.4. */
    private void line(JsonNode line, long number) throws RecordingException {
        String where = file + ": line " + number;
        if (line.isArray()) {
            if (line.size() != 2 || !(line.get(0).isTextual() || line.get(0).isNumber())) {
                throw new RecordingException(where + ": a snapshot line array must be [windowId, event]");
            }
            collector.add(line.get(1), line.get(0).asText(), where);
        } else if (line.isObject() && line.has("type") && line.has("timestamp")) {
            collector.add(line, null, where);
        } else if (line.isObject() && line.path("data").isArray()) {
            JsonNode window = line.has("window_id") ? line.get("window_id") : line.get("windowId");
            String windowId = window == null || window.isNull() ? null : window.asText();
            int index = 0;
            for (JsonNode event : line.get("data")) {
                collector.add(event, windowId, where + ", data[" + index++ + "]");
            }
        } else {
            throw new RecordingException(where + ": not a snapshot line: expected [windowId, event], an event with a "
                    + "\"windowId\", or {\"window_id\": …, \"data\": [events]}");
        }
    }

    private JsonNode tree() throws IOException, RecordingException {
        try (InputStream in = Files.newInputStream(file)) {
            return Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private RecordingException malformed(JsonProcessingException e) {
        return new RecordingException(file + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }

    private static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Carries a checked exception out of the line callback. */
    private static final class Unchecked extends RuntimeException {
        final RecordingException exception;

        Unchecked(RecordingException exception) {
            super(exception.getMessage(), exception, false, false);
            this.exception = exception;
        }
    }
}
