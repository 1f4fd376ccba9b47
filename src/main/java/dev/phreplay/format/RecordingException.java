package dev.phreplay.format;

/** An input that cannot be read as a recording. The message names the file, and the entry, line or field. */
public final class RecordingException extends Exception {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
