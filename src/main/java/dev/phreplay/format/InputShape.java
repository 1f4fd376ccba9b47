package dev.phreplay.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.phreplay.event.Json;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an input file looks like, learnt from its first bytes and one streaming pass over its first
 * JSON value (no tree is built): a ZIP, one JSON document (and its root keys), or JSON Lines.
 */
record InputShape(Kind kind, Set<String> rootKeys, String version, JsonToken firstElement) {
    enum Kind { ZIP, OBJECT, ARRAY, LINES, EMPTY }

    static InputShape of(Path file) throws IOException, RecordingException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') {
                return new InputShape(Kind.ZIP, Set.of(), null, null);
            }
            in.mark(1 << 12);
            byte[] head = in.readNBytes(1 << 12);
            in.reset();
            int first = firstNonSpace(head);
            if (first >= 0 && head[first] != '{' && head[first] != '[') {
                throw new RecordingException(file + ": not a recording: the file does not start with JSON"
                        + " (the snapshot API's decompress=false answer, Snappy blocks, is not read: ask for decompress=true)");
            }
            return json(file, in);
        } catch (CharConversionException e) {
            throw notText(file, e);
        }
    }

    /** Jackson guessed an encoding from the first bytes (UTF-16, UTF-32) and the rest does not fit it. */
    static RecordingException notText(Path file, CharConversionException e) {
        return new RecordingException(file + ": not a recording: the file is not UTF-8 JSON text (" + e.getMessage() + ")", e);
    }

    private static int firstNonSpace(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static InputShape json(Path file, InputStream in) throws IOException, RecordingException {
        try (JsonParser parser = Json.factory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new InputShape(Kind.EMPTY, Set.of(), null, null);
            }
            Set<String> keys = new LinkedHashSet<>();
            String version = null;
            JsonToken firstElement = null;
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    keys.add(name);
                    if (name.equals("version") && value == JsonToken.VALUE_STRING) {
                        version = parser.getText();
                    }
                    parser.skipChildren();
                }
            } else if (first == JsonToken.START_ARRAY) {
                firstElement = parser.nextToken();
                if (firstElement != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                    }
                }
            } else {
                throw new RecordingException(file + ": not a recording: the file holds a single JSON "
                        + EventProbe.describe(first) + ", not an object or an array");
            }
            Kind kind = parser.nextToken() != null ? Kind.LINES : first == JsonToken.START_OBJECT ? Kind.OBJECT : Kind.ARRAY;
            return new InputShape(kind, keys, version, firstElement);
        } catch (JsonProcessingException e) {
            throw new RecordingException(file + ": not a recording: malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }
}
