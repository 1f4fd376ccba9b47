package dev.phreplay.inspect;

/** Short human durations and clock offsets for lists and headers. */
public final class Durations {
    private Durations() {}

    /** {@code 850 ms}, {@code 1.5 s}, {@code 2 min 5 s}, {@code 1 h 3 min}. */
    public static String format(long ms) {
        if (ms < 1_000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            double seconds = ms / 1000.0;
            return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format(java.util.Locale.ROOT, "%.1f", seconds)) + " s";
        }
        long seconds = ms / 1000;
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    /** A playhead offset as {@code m:ss.mmm} or {@code h:mm:ss.mmm}. */
    public static String clock(long ms) {
        long total = Math.max(0, ms);
        long hours = total / 3_600_000;
        long minutes = total / 60_000 % 60;
        long seconds = total / 1000 % 60;
        long millis = total % 1000;
        return hours > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d.%03d", hours, minutes, seconds, millis)
                : String.format(java.util.Locale.ROOT, "%d:%02d.%03d", minutes, seconds, millis);
    }
}
