package dev.phreplay.event;

/** An event whose JSON does not have the shape rrweb gives it. The message names the field. */
public final class EventDecodeException extends Exception {
    private final String field;

    public EventDecodeException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The JSON path of the offending field inside the event, e.g. {@code data.adds[3].node}. */
    public String field() {
        return field;
    }
}
