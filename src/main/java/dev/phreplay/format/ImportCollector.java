package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the events of one recording from one or more inputs: normalises each event (window id
 * taken out, compressed fields inflated) and spools it, as compact bytes, to its window's
 * temporary file ({@link WindowSpool}). At the end each window is sorted (stably, by timestamp)
 * and the clean-up PostHog's player applies before playback ({@link Cleanup}) is counted.
 */
final class ImportCollector {
    static final String DEFAULT_WINDOW = "default";
    /** Spool folders are named after the process, so a leftover says whose it was. */
    static final String SPOOL_PREFIX = "phreplay-import-" + ProcessHandle.current().pid() + "-";

    private final Map<String, WindowSpool> windows = new LinkedHashMap<>();
    private Path spoolFolder;
    private final List<Finding> warnings = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private JsonNode person;
    private JsonNode recordingProperties;
    private String recordingId;
    private long previousTimestamp;
    private long missingTimestamps;
    private String missingTimestampsWhere;
    private Path missingTimestampsFile;
    private Path input;
    private long unknownCompression;

    /** One event as collected. */
    record Collected(long timestamp, int type, byte[] json, byte[] identityOrNull) {
        byte[] identity() {
            return identityOrNull != null ? identityOrNull : json;
        }
    }

    /** The file being read, named in findings. */
    void input(Path file) {
        this.input = file;
    }

    void kind(String kind) {
        if (!kinds.contains(kind)) {
            kinds.add(kind);
        }
    }

    void person(JsonNode person) {
        if (person != null && !person.isNull() && this.person == null) {
            this.person = person;
        }
    }

    void recordingProperties(JsonNode properties) {
        this.recordingProperties = properties;
        person(properties.get("person"));
        String id = properties.path("id").asText("");
        if (!id.isEmpty()) {
            recordingId = id;
        }
    }

    void recordingId(String id) {
        if (id != null && !id.isEmpty() && recordingId == null) {
            recordingId = id;
        }
    }

    /**
     * Adds one event.
     *
     * @param window the window it belongs to when the event does not say (its own {@code windowId} wins)
     * @param where the file and position, for messages
     */
    void add(JsonNode node, String window, String where) throws RecordingException {
        if (!(node instanceof ObjectNode event)) {
            throw new RecordingException(where + ": an event must be a JSON object");
        }
        JsonNode windowId = event.remove("windowId");
        String windowName = windowId != null && (windowId.isTextual() || windowId.isNumber()) ? windowId.asText() : window;
        JsonNode type = event.get("type");
        if (type == null || !type.isIntegralNumber()) {
            throw new RecordingException(where + ": the event has no integer \"type\"");
        }
        long timestamp = timestamp(event, where);
        decompress(event, where);
        byte[] json = bytes(event, where);
        try {
            WindowSpool spool = spool(windowName == null ? DEFAULT_WINDOW : windowName);
            spool.add(new Collected(timestamp, type.intValue(), json, identity(event, json, where)));
            if (type.intValue() == 3 && event.path("data").path("source").asInt(-1) == 4) {
                spool.resize(json);
            }
        } catch (IOException e) {
            throw new RecordingException(where + ": cannot write the import's temporary file: " + e.getMessage(), e);
        }
    }

    private WindowSpool spool(String window) throws IOException {
        WindowSpool spool = windows.get(window);
        if (spool == null) {
            if (spoolFolder == null) {
                spoolFolder = Files.createTempDirectory(SPOOL_PREFIX);
            }
            spool = new WindowSpool(spoolFolder.resolve(windows.size() + ".spool"));
            windows.put(window, spool);
        }
        return spool;
    }

    /** Deletes the temporary files of an import that failed. */
    void discard() {
        try {
            ImportedRecording.deleteSpools(windows.values(), spoolFolder);
        } catch (IOException e) {
            // best effort: the files are in the temporary folder
        }
    }

    private long timestamp(ObjectNode event, String where) throws RecordingException {
        JsonNode timestamp = event.get("timestamp");
        if (timestamp == null || timestamp.isNull()) {
            // rrweb's own test fixtures strip timestamps; keep such events playable, in order, and say so.
            if (missingTimestamps++ == 0) {
                missingTimestampsWhere = where;
                missingTimestampsFile = input;
            }
            event.put("timestamp", previousTimestamp);
            return previousTimestamp;
        }
        if (!timestamp.isNumber()) {
            throw new RecordingException(where + ": \"timestamp\" must be a number");
        }
        previousTimestamp = timestamp.asLong();
        return previousTimestamp;
    }

    private void decompress(ObjectNode event, String where) throws RecordingException {
        JsonNode cv = event.get("cv");
        if (cv == null) {
            return;
        }
        if (!CompressedEvents.VERSION_2024_10.equals(cv.asText())) {
            unknownCompression++;
            return;
        }
        try {
            CompressedEvents.decompress(event);
        } catch (CompressedEvents.CompressionException e) {
            throw new RecordingException(where + ": " + e.getMessage());
        }
    }

    private static byte[] bytes(JsonNode event, String where) throws RecordingException {
        try {
            return Json.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new RecordingException(where + ": the event cannot be written back: " + e.getOriginalMessage());
        }
    }

    /**
     * What makes two events exact duplicates: everything but {@code delay}. {@code null} when the
     * event has no delay: its JSON is its identity, and nothing more is held.
     */
    private static byte[] identity(ObjectNode event, byte[] json, String where) throws RecordingException {
        if (!event.has("delay")) {
            return null;
        }
        ObjectNode copy = event.deepCopy();
        copy.remove("delay");
        return bytes(copy, where);
    }

    boolean isEmpty() {
        return windows.isEmpty();
    }

    ImportedRecording finish(Path path, String fallbackId) throws RecordingException, IOException {
        if (windows.isEmpty()) {
            throw new RecordingException(path + ": no events found");
        }
        if (missingTimestamps > 0) {
            String file = missingTimestampsFile == null ? null : missingTimestampsFile.toString();
            String at = file != null && missingTimestampsWhere.startsWith(file + ": ")
                    ? missingTimestampsWhere.substring(file.length() + 2) : missingTimestampsWhere;
            warnings.add(Finding.warning(FindingCode.IMPORT_NO_TIMESTAMP, file, at, missingTimestamps
                    + " event(s) had no timestamp; each was given the previous event's timestamp (0 before the first)"));
        }
        if (unknownCompression > 0) {
            warnings.add(Finding.warning(FindingCode.IMPORT_UNKNOWN_COMPRESSION, null, null, unknownCompression
                    + " event(s) carry a compression version (cv) other than 2024-10 and were kept as they are"));
        }
        Map<String, WindowSpool> ordered = new LinkedHashMap<>();
        for (String id : windowOrder()) {
            WindowSpool spool = windows.get(id);
            spool.seal();
            ordered.put(id, spool);
            cleanupWarnings(id, Cleanup.count(new Cleanup(spool.read(), spool.firstResize(), startUrl())));
        }
        return new ImportedRecording(path, String.join(" + ", kinds), recordingId != null ? recordingId : fallbackId, ordered,
                startUrl(), metadataBytes(), warnings, spoolFolder);
    }

    private void cleanupWarnings(String window, Cleanup.Counts counts) {
        if (counts.duplicates > 0) {
            warnings.add(Finding.warning(FindingCode.IMPORT_DUPLICATES_DROPPED, "window " + window, null,
                    counts.duplicates + " exact duplicate event(s) dropped, as PostHog's player does"));
        }
        for (long at : counts.metaMissingAt) {
            warnings.add(Finding.warning(FindingCode.IMPORT_META_MISSING, "window " + window, null,
                    "a full snapshot at " + at + " has no Meta event before it and none could be derived "
                            + "(no viewport size known); the viewport size is unknown"));
        }
    }

    /** Windows ordered by their first event, as PostHog registers them. */
    private List<String> windowOrder() {
        List<String> ids = new ArrayList<>(windows.keySet());
        ids.sort(Comparator.comparingLong(id -> windows.get(id).firstTimestamp()));
        return ids;
    }

    /** The URL to give an inserted Meta event when nothing closer is known. */
    String startUrl() {
        JsonNode url = recordingProperties == null ? null : recordingProperties.get("start_url");
        return url != null && url.isTextual() ? url.textValue() : null;
    }

    private byte[] metadataBytes() {
        if (person == null && recordingProperties == null) {
            return null;
        }
        ObjectNode metadata = Json.mapper().createObjectNode();
        metadata.set("person", person);
        metadata.set("recording", recordingProperties);
        return ManifestWriter.pretty(metadata);
    }
}
