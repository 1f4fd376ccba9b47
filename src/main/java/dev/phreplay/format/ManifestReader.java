package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code manifest.json} and checks it against the schema of docs/manifest.schema.json.
 * Unknown fields are ignored; a newer minor version is read with a warning; another major version
 * is refused before anything else is read, since its shape may differ.
 */
public final class ManifestReader {
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The manifest when it could be read, and what was found on the way. */
    public record Result(Optional<Manifest> manifest, List<Finding> findings) {}

    private final List<Finding> findings = new ArrayList<>();

    private ManifestReader() {}

    public static Result read(byte[] bytes) {
        ManifestReader reader = new ManifestReader();
        Manifest manifest = reader.parse(bytes);
        boolean schemaErrors = reader.findings.stream().anyMatch(Finding::isError);
        return new Result(schemaErrors ? Optional.empty() : Optional.ofNullable(manifest), List.copyOf(reader.findings));
    }

    private Manifest parse(byte[] bytes) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            findings.add(Finding.error(FindingCode.MANIFEST_MALFORMED, Manifest.PATH, where,
                    "manifest.json is not valid JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            findings.add(Finding.error(FindingCode.MANIFEST_MALFORMED, Manifest.PATH, null, "manifest.json is unreadable: " + e.getMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            schema("$", "the manifest must be a JSON object");
            return null;
        }
        if (!version(root)) {
            return null;
        }
        String format = string(root, "$", "format");
        if (format != null && !format.equals(Manifest.FORMAT)) {
            schema("$.format", "must be \"" + Manifest.FORMAT + "\", found \"" + format + "\"");
        }
        Manifest.Producer producer = producer(root);
        String createdAt = instant(root, "$", "createdAt");
        Manifest.Recording recording = recording(root);
        List<Manifest.Entry> entries = entries(root);
        optionalObject(root, "$", "redaction");
        optionalObject(root, "$", "signature");
        if (recording != null && entries != null) {
            checkWindowEntries(recording, entries);
        }
        return new Manifest(root.path("formatVersion").asText(), producer, createdAt, recording, entries);
    }

    private boolean version(JsonNode root) {
        String version = string(root, "$", "formatVersion");
        if (version == null) {
            return false;
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            schema("$.formatVersion", "must be MAJOR.MINOR, e.g. \"" + Manifest.VERSION + "\", found \"" + version + "\"");
            return false;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major != Manifest.MAJOR) {
            findings.add(Finding.error(FindingCode.MANIFEST_VERSION_UNSUPPORTED, Manifest.PATH, "$.formatVersion",
                    "the package is format " + version + "; this phreplay reads format " + Manifest.MAJOR + ".x (up to "
                            + Manifest.VERSION + ")"));
            return false;
        }
        if (minor > Manifest.MINOR) {
            findings.add(Finding.warning(FindingCode.MANIFEST_VERSION_NEWER, Manifest.PATH, "$.formatVersion",
                    "the package is format " + version + ", newer than this phreplay's " + Manifest.VERSION
                            + ": read as " + Manifest.VERSION + ", unknown fields ignored"));
        }
        return true;
    }

    private Manifest.Producer producer(JsonNode root) {
        JsonNode producer = object(root, "$", "producer");
        if (producer == null) {
            return null;
        }
        return new Manifest.Producer(string(producer, "$.producer", "name"), string(producer, "$.producer", "version"));
    }

    private Manifest.Recording recording(JsonNode root) {
        JsonNode recording = object(root, "$", "recording");
        if (recording == null) {
            return null;
        }
        String at = "$.recording";
        return new Manifest.Recording(string(recording, at, "id"), string(recording, at, "source"),
                integer(recording, at, "firstTimestamp"), integer(recording, at, "lastTimestamp"),
                nonNegative(recording, at, "durationMs"), nullableString(recording, at, "firstUrl"), windows(recording),
                nonNegative(recording, at, "eventCount"), counts(recording, at, "eventCountsByType"),
                counts(recording, at, "eventCountsByIncrementalSource"), nonNegative(recording, at, "consoleErrorCount"),
                nonNegative(recording, at, "networkRequestCount"));
    }

    private List<Manifest.Window> windows(JsonNode recording) {
        JsonNode windows = array(recording, "$.recording", "windows");
        List<Manifest.Window> result = new ArrayList<>();
        if (windows == null) {
            return result;
        }
        for (int i = 0; i < windows.size(); i++) {
            String at = "$.recording.windows[" + i + "]";
            JsonNode window = windows.get(i);
            if (!window.isObject()) {
                schema(at, "must be an object, found " + kind(window));
                continue;
            }
            result.add(new Manifest.Window(string(window, at, "id"), string(window, at, "entry"),
                    nonNegative(window, at, "eventCount"), integer(window, at, "firstTimestamp"),
                    integer(window, at, "lastTimestamp")));
        }
        return result;
    }

    private List<Manifest.Entry> entries(JsonNode root) {
        JsonNode entries = array(root, "$", "entries");
        if (entries == null) {
            return null;
        }
        List<Manifest.Entry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "$.entries[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                schema(at, "must be an object, found " + kind(entry));
                continue;
            }
            String sha = string(entry, at, "sha256");
            if (sha != null && !SHA256.matcher(sha).matches()) {
                schema(at + ".sha256", "must be 64 lower-case hex digits");
            }
            result.add(new Manifest.Entry(string(entry, at, "path"), nonNegative(entry, at, "size"), sha));
        }
        return result;
    }

    private void checkWindowEntries(Manifest.Recording recording, List<Manifest.Entry> entries) {
        for (int i = 0; i < recording.windows().size(); i++) {
            String entry = recording.windows().get(i).entry();
            if (entry != null && entries.stream().noneMatch(e -> entry.equals(e.path()))) {
                schema("$.recording.windows[" + i + "].entry", "names \"" + entry + "\", which $.entries does not list");
            }
        }
    }

    private Map<String, Long> counts(JsonNode parent, String at, String field) {
        JsonNode counts = object(parent, at, field);
        Map<String, Long> result = new LinkedHashMap<>();
        if (counts == null) {
            return result;
        }
        counts.properties().forEach(count -> {
            if (count.getValue().canConvertToLong() && count.getValue().isIntegralNumber()) {
                result.put(count.getKey(), count.getValue().longValue());
            } else {
                schema(at + "." + field + "." + count.getKey(), "must be an integer, found " + kind(count.getValue()));
            }
        });
        return result;
    }

    private JsonNode present(JsonNode parent, String at, String field) {
        JsonNode value = parent.get(field);
        if (value == null) {
            schema(at + "." + field, "required field \"" + field + "\" is missing");
        }
        return value;
    }

    private String string(JsonNode parent, String at, String field) {
        JsonNode value = present(parent, at, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            schema(at + "." + field, "must be a string, found " + kind(value));
            return null;
        }
        return value.textValue();
    }

    private String nullableString(JsonNode parent, String at, String field) {
        JsonNode value = present(parent, at, field);
        return value == null || value.isNull() ? null : string(parent, at, field);
    }

    private String instant(JsonNode parent, String at, String field) {
        String text = string(parent, at, field);
        if (text != null) {
            try {
                Instant.parse(text);
            } catch (DateTimeParseException e) {
                schema(at + "." + field, "must be an ISO-8601 UTC time such as 2024-01-31T12:00:00Z, found \"" + text + "\"");
            }
        }
        return text;
    }

    private long integer(JsonNode parent, String at, String field) {
        JsonNode value = present(parent, at, field);
        if (value == null) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            schema(at + "." + field, "must be an integer, found " + kind(value));
            return 0;
        }
        return value.longValue();
    }

    private long nonNegative(JsonNode parent, String at, String field) {
        long value = integer(parent, at, field);
        if (value < 0) {
            schema(at + "." + field, "must not be negative, found " + value);
        }
        return value;
    }

    private JsonNode object(JsonNode parent, String at, String field) {
        JsonNode value = present(parent, at, field);
        if (value != null && !value.isObject()) {
            schema(at + "." + field, "must be an object, found " + kind(value));
            return null;
        }
        return value;
    }

    private void optionalObject(JsonNode parent, String at, String field) {
        JsonNode value = parent.get(field);
        if (value != null && !value.isNull() && !value.isObject()) {
            schema(at + "." + field, "must be null or an object, found " + kind(value));
        }
    }

    private JsonNode array(JsonNode parent, String at, String field) {
        JsonNode value = present(parent, at, field);
        if (value != null && !value.isArray()) {
            schema(at + "." + field, "must be an array, found " + kind(value));
            return null;
        }
        return value;
    }

    private void schema(String path, String message) {
        findings.add(Finding.error(FindingCode.MANIFEST_SCHEMA, Manifest.PATH, path, path + " " + message));
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case NUMBER -> value.isIntegralNumber() ? "an integer" : "a fraction";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
