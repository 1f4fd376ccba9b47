package dev.phreplay.format;

/**
 * Finds an event's top-level {@code "timestamp"} by scanning its bytes, without a parser: loading a
 * long window for playback only needs each event's timestamp, and a JSON parser per line costs
 * several times more. Returns {@link #NOT_FOUND} whenever the line is not a plain case (no
 * top-level object, no integer timestamp, broken text); callers then use {@link EventProbe}, which
 * reads it properly and says what is wrong.
 */
final class TimestampScanner {
    static final long NOT_FOUND = Long.MIN_VALUE;
    private static final byte[] KEY = {'t', 'i', 'm', 'e', 's', 't', 'a', 'm', 'p'};

    private TimestampScanner() {}

    static long timestamp(byte[] line) {
        int i = skipSpace(line, 0);
        if (i >= line.length || line[i] != '{') {
            return NOT_FOUND;
        }
        int depth = 0;
        for (; i < line.length; i++) {
            byte b = line[i];
            if (b == '"') {
                int end = stringEnd(line, i + 1);
                if (end < 0) {
                    return NOT_FOUND;
                }
                if (depth == 1 && isKey(line, i + 1, end)) {
                    int colon = skipSpace(line, end + 1);
                    if (colon < line.length && line[colon] == ':') {
                        return integer(line, skipSpace(line, colon + 1));
                    }
                }
                i = end;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return NOT_FOUND;
    }

    /** The index of the closing quote of a string whose text starts at {@code from}, or -1. */
    private static int stringEnd(byte[] line, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == '\\') {
                i++;
            } else if (line[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isKey(byte[] line, int from, int end) {
        if (end - from != KEY.length) {
            return false;
        }
        for (int k = 0; k < KEY.length; k++) {
            if (line[from + k] != KEY[k]) {
                return false;
            }
        }
        return true;
    }

    private static long integer(byte[] line, int from) {
        int i = from;
        boolean negative = i < line.length && line[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < line.length && line[i] >= '0' && line[i] <= '9' && digits < 18) {
            value = value * 10 + (line[i++] - '0');
            digits++;
        }
        boolean ends = i < line.length && (line[i] == ',' || line[i] == '}' || line[i] == ' ');
        return digits == 0 || !ends ? NOT_FOUND : negative ? -value : value;
    }

    private static int skipSpace(byte[] line, int from) {
        int i = from;
        while (i < line.length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n')) {
            i++;
        }
        return i;
    }
}
