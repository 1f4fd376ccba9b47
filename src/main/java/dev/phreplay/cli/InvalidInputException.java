package dev.phreplay.cli;

/** A command found its input invalid; the message is for the user and names the file. Exit 1. */
public final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
