package dev.phreplay.redact;

/** A rules file is unreadable or wrong; the message names the file and the key at fault. */
public final class RulesException extends RuntimeException {
    public RulesException(String message) {
        super(message);
    }
}
