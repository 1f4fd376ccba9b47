package dev.phreplay.inspect;

import java.util.Locale;

/** The filter groups of console levels, as the console panel and PostHog's inspector show them. */
public enum ConsoleLevel {
    ERROR, WARN, INFO, DEBUG;

    /** {@code error} and {@code assert} are errors, {@code warn} warnings, {@code debug} debug, everything else info. */
    public static ConsoleLevel of(String level) {
        if (level == null) {
            return INFO;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "error", "assert" -> ERROR;
            case "warn", "warning" -> WARN;
            case "debug", "verbose" -> DEBUG;
            default -> INFO;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
