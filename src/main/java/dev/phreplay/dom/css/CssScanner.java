package dev.phreplay.dom.css;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSS text into statements (rules, at-rules, declarations) without parsing values.
 * It respects strings, comments, escapes, parentheses and brackets, and nests blocks with an
 * explicit stack, so that deeply nested input cannot overflow the call stack.
 */
public final class CssScanner {
    /** What a statement is; {@code RULE} and {@code AT_BLOCK} own a block. */
    public enum Kind { RULE, AT_BLOCK, AT_STATEMENT, DECLARATION }

    /**
     * One statement. {@code start..preludeEnd} is its prelude without surrounding whitespace;
     * for a block, {@code blockStart} is the index after '{' and {@code blockEnd} the index of '}'.
     * {@code parent} is the index of the enclosing statement in the list, or -1.
     */
    public record Statement(Kind kind, int depth, int parent, int start, int preludeEnd, int blockStart, int blockEnd) {
        Statement withBlockEnd(int end) {
            return new Statement(kind, depth, parent, start, preludeEnd, blockStart, end);
        }
    }

    /** The text is not well-formed CSS (unclosed block, string or comment, stray '}'). */
    public static final class CssSyntaxException extends Exception {
        CssSyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    private final String css;
    private final List<Statement> statements = new ArrayList<>();
    private final List<Integer> open = new ArrayList<>();
    private int pos;

    private CssScanner(String css) {
        this.css = css;
    }

    public static List<Statement> scan(String css) throws CssSyntaxException {
        CssScanner scanner = new CssScanner(css);
        scanner.run();
        return scanner.statements;
    }

    private void run() throws CssSyntaxException {
        int length = css.length();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= length) {
                if (!open.isEmpty()) {
                    throw new CssSyntaxException("unclosed block");
                }
                return;
            }
            char c = css.charAt(pos);
            if (c == '}') {
                if (open.isEmpty()) {
                    throw new CssSyntaxException("unexpected }");
                }
                int index = open.removeLast();
                statements.set(index, statements.get(index).withBlockEnd(pos));
                pos++;
            } else if (c == ';') {
                pos++;
            } else {
                statement();
            }
        }
    }

    private void statement() throws CssSyntaxException {
        int start = pos;
        boolean at = css.charAt(pos) == '@';
        boolean custom = !at && css.startsWith("--", pos) && !open.isEmpty();
        int end = findStatementEnd(custom);
        int preludeEnd = trimEnd(start, end);
        int depth = open.size();
        int parent = open.isEmpty() ? -1 : open.getLast();
        char terminator = end < css.length() ? css.charAt(end) : 0;
        if (terminator == '{') {
            statements.add(new Statement(at ? Kind.AT_BLOCK : Kind.RULE, depth, parent, start, preludeEnd, end + 1, -1));
            open.add(statements.size() - 1);
            pos = end + 1;
        } else {
            statements.add(new Statement(at ? Kind.AT_STATEMENT : Kind.DECLARATION, depth, parent, start, preludeEnd, -1, -1));
            pos = terminator == ';' ? end + 1 : end;
        }
    }

    /** The index of the '{', ';' or '}' that ends the statement at {@code pos}, or the length. */
    private int findStatementEnd(boolean customProperty) throws CssSyntaxException {
        int parens = 0;
        int braces = 0;
        int i = pos;
        int length = css.length();
        while (i < length) {
            char c = css.charAt(i);
            switch (c) {
                case '\\' -> i += 2;
                case '"', '\'' -> i = skipString(i);
                case '/' -> i = css.startsWith("/*", i) ? skipComment(i) : i + 1;
                case '(', '[' -> { parens++; i++; }
                case ')', ']' -> { if (parens > 0) { parens--; } i++; }
                case '{' -> {
                    if (parens > 0) { i++; }
                    else if (customProperty) { braces++; i++; }
                    else { return i; }
                }
                case '}' -> {
                    if (customProperty && braces > 0) { braces--; i++; }
                    else { return i; }
                }
                case ';' -> {
                    if (parens == 0 && braces == 0) { return i; }
                    i++;
                }
                default -> i++;
            }
        }
        return length;
    }

    private int skipString(int i) throws CssSyntaxException {
        char quote = css.charAt(i);
        int length = css.length();
        int j = i + 1;
        while (j < length) {
            char c = css.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else if (c == '\n') {
                throw new CssSyntaxException("unclosed string");
            } else {
                j++;
            }
        }
        throw new CssSyntaxException("unclosed string");
    }

    private int skipComment(int i) throws CssSyntaxException {
        int end = css.indexOf("*/", i + 2);
        if (end < 0) {
            throw new CssSyntaxException("unclosed comment");
        }
        return end + 2;
    }

    private void skipWhitespaceAndComments() throws CssSyntaxException {
        int length = css.length();
        while (pos < length) {
            char c = css.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (css.startsWith("/*", pos)) {
                pos = skipComment(pos);
            } else {
                return;
            }
        }
    }

    private int trimEnd(int start, int end) {
        int e = Math.min(end, css.length());
        while (e > start && Character.isWhitespace(css.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** postcss's {@code list.comma}: split on top-level commas outside strings and parentheses, trimmed. */
    public static List<String> splitSelectors(String selector) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int parens = 0;
        char quote = 0;
        boolean escaped = false;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens > 0) {
                    parens--;
                }
            } else if (c == ',' && parens == 0) {
                addPart(parts, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        addPart(parts, current);
        return parts;
    }

    private static void addPart(List<String> parts, StringBuilder current) {
        String part = current.toString().trim();
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }
}
