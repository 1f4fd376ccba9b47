package dev.phreplay.dom;

import java.util.Locale;
import java.util.regex.Pattern;

/** HTML's value sanitization algorithm per input type, which the {@code value} property applies. */
final class InputSanitizer {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern DATE = Pattern.compile("\\d{4,}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4,}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("\\d{4,}-W\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");
    private static final Pattern DATETIME = Pattern.compile("\\d{4,}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");

    private InputSanitizer() {}

    static String sanitize(String type, String value) {
        return switch (type) {
            case "text", "search", "tel", "password" -> stripNewlines(value);
            case "url", "email" -> stripNewlines(value).strip();
            case "number" -> NUMBER.matcher(value).matches() ? value : "";
            case "range" -> NUMBER.matcher(value).matches() ? value : "50";
            case "color" -> COLOR.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : "#000000";
            case "date" -> DATE.matcher(value).matches() ? value : "";
            case "month" -> MONTH.matcher(value).matches() ? value : "";
            case "week" -> WEEK.matcher(value).matches() ? value : "";
            case "time" -> TIME.matcher(value).matches() ? value : "";
            case "datetime-local" -> DATETIME.matcher(value).matches() ? value.replace(' ', 'T') : "";
            default -> value;
        };
    }

    private static String stripNewlines(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 ? value : value.replace("\n", "").replace("\r", "");
    }
}
