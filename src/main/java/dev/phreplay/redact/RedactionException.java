package dev.phreplay.redact;

/** An event or the metadata could not be redacted (e.g. an undecodable compressed field). */
public final class RedactionException extends Exception {
    public RedactionException(String message) {
        super(message);
    }
}
