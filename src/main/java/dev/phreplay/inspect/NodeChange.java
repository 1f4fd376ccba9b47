package dev.phreplay.inspect;

/**
 * One moment in a node's life.
 *
 * @param t      ms after the recording's first event
 * @param detail what changed ({@code class=active}, the new text or value), or a note such as {@code full snapshot}
 */
public record NodeChange(long t, long timestamp, Kind kind, String detail) {
    public enum Kind { ADDED, ATTRIBUTE, TEXT, INPUT, REMOVED }
}
