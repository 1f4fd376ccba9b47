package dev.phreplay.inspect;

/** One {@code Server-Timing} metric reported for a request. */
public record ServerTiming(String name, double durationMs, String description) {}
