package dev.phreplay.ui.render;

/**
 * Writes the JSON of the op lists sent to the rendering script, and of the few script calls
 * built as source. Escapes the line terminators U+2028/U+2029 too: they end a line in
 * JavaScript source.
 */
final class JsText {
    private final StringBuilder out;

    JsText(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsText raw(char c) {
        out.append(c);
        return this;
    }

    JsText raw(String s) {
        out.append(s);
        return this;
    }

    JsText number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else if (Double.isFinite(value)) {
            out.append(value);
        } else {
            out.append('0');
        }
        return this;
    }

    JsText number(long value) {
        out.append(value);
        return this;
    }

    JsText bool(Boolean value) {
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    JsText string(String value) {
        if (value == null) {
            out.append("null");
            return this;
        }
        int plain = 0;
        while (plain < value.length() && isPlain(value.charAt(plain))) {
            plain++;
        }
        out.append('"').append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validPair(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    /** Written as is: most text on a page, copied in one call. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c);
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    int length() {
        return out.length();
    }

    void clear() {
        out.setLength(0);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
