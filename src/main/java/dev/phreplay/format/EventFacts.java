package dev.phreplay.format;

/**
 * What the package reader needs to know about one event, read without building a tree.
 *
 * @param source the incremental source, or -1 when the event is not incremental or has none
 * @param href a Meta event's URL, else {@code null}
 * @param plugin a plugin event's name, else {@code null}
 * @param level a console plugin event's level, else {@code null}
 * @param requestCount the number of requests in a network plugin event, else 0
 */
public record EventFacts(int type, long timestamp, int source, String href, String plugin, String level, int requestCount) {}
