package dev.phreplay.ui.player;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the player writes times: mm:ss or h:mm:ss offsets, and wall-clock times in the recording's zone. */
public final class TimeFormat {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private TimeFormat() {}

    public static String offset(double ms) {
        long seconds = (long) Math.floor(Math.max(0, ms) / 1000);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, secs) : String.format("%d:%02d", minutes, secs);
    }

    public static String dateTime(long epochMs, ZoneId zone) {
        return DATE_TIME.format(Instant.ofEpochMilli(epochMs).atZone(zone));
    }

    public static String time(long epochMs, ZoneId zone) {
        return TIME.format(Instant.ofEpochMilli(epochMs).atZone(zone));
    }

    /** e.g. "Europe/Berlin (UTC+02:00)". */
    public static String zone(ZoneId zone, long epochMs) {
        String offset = zone.getRules().getOffset(Instant.ofEpochMilli(epochMs)).getId();
        String name = zone.getId();
        if ("Z".equals(offset)) {
            offset = "+00:00";
        }
        return name.equals("Z") || name.equals("UTC") ? "UTC" : name + " (UTC" + offset + ")";
    }

    static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
