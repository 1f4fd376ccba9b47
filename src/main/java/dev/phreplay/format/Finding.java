package dev.phreplay.format;

/**
 * One thing a reader found wrong with a package or an input.
 *
 * @param code a stable code from {@link FindingCode}, documented in docs/FORMAT.md
 * @param entry the package entry (or imported window) concerned, or {@code null} for the whole file
 * @param location a JSON path ({@code $.recording.id}) or {@code line N}, or {@code null}
 */
public record Finding(Severity severity, String code, String entry, String location, String message) {
    public static Finding error(String code, String entry, String location, String message) {
        return new Finding(Severity.ERROR, code, entry, location, message);
    }

    public static Finding warning(String code, String entry, String location, String message) {
        return new Finding(Severity.WARNING, code, entry, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for people: {@code error entry.checksum-mismatch [windows/0.jsonl] message}. */
    public String describe() {
        StringBuilder out = new StringBuilder(severity.label()).append(' ').append(code);
        if (entry != null) {
            out.append(" [").append(entry);
            if (location != null) {
                out.append(' ').append(location);
            }
            out.append(']');
        } else if (location != null) {
            out.append(" [").append(location).append(']');
        }
        return out.append(": ").append(message).toString();
    }
}
