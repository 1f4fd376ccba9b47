package dev.phreplay.redact;

/** rrweb's masking: every character but whitespace becomes {@code *}, so the layout keeps its size. */
final class Masks {
    private Masks() {}

    static String stars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.append(Character.isWhitespace(c) ? (char) c : '*');
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** rrweb's input masking: one {@code *} per character. */
    static String input(String value) {
        return "*".repeat(value.length());
    }

    /** Whether masking would change anything (empty and blank text stays as it is). */
    static boolean hasVisibleText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '*') {
                return true;
            }
        }
        return false;
    }
}
