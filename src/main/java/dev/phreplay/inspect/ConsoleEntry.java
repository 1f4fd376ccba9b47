package dev.phreplay.inspect;

import java.util.List;

/**
 * One console line as the inspector shows it.
 *
 * @param t         milliseconds after the recording's first event
 * @param timestamp milliseconds since the epoch, as recorded
 * @param level     the recorded level ({@code log}, {@code warn}, {@code assert}...)
 * @param message   the arguments, rendered, joined by spaces
 * @param args      each argument rendered readably (strings unquoted, objects folded)
 * @param trace     stack frames ({@code file:line:col}), possibly empty
 * @param count     how many identical lines in a row this entry stands for
 * @param source    where the line came from
 */
public record ConsoleEntry(long t, long timestamp, String windowId, String level, String message, List<String> args,
                           List<String> trace, int count, Source source) {
    public enum Source { CONSOLE_PLUGIN, LEGACY_LOG, EXCEPTION }

    public ConsoleLevel group() {
        return ConsoleLevel.of(level);
    }
}
