package dev.phreplay.dom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The declarations of a {@code style} attribute, edited as CSSOM's setProperty/removeProperty would, then serialised. */
final class InlineStyle {
    private final Map<String, String[]> declarations = new LinkedHashMap<>();

    static InlineStyle parse(String text) {
        InlineStyle style = new InlineStyle();
        if (text == null) {
            return style;
        }
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                style.addDeclaration(text.substring(start, Math.min(i, text.length())));
                start = i + 1;
            }
        }
        return style;
    }

    private void addDeclaration(String declaration) {
        int colon = declaration.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String name = declaration.substring(0, colon).trim();
        String value = declaration.substring(colon + 1).trim();
        String priority = "";
        int bang = value.toLowerCase(Locale.ROOT).lastIndexOf("!important");
        if (bang >= 0) {
            priority = "important";
            value = value.substring(0, bang).trim();
        }
        if (!name.isEmpty() && !value.isEmpty()) {
            setProperty(name, value, priority);
        }
    }

    void setProperty(String name, String value, String priority) {
        String key = name.startsWith("--") ? name : name.toLowerCase(Locale.ROOT);
        if (value == null || value.isEmpty()) {
            declarations.remove(key);
            return;
        }
        declarations.put(key, new String[] {value, priority == null ? "" : priority});
    }

    void removeProperty(String name) {
        declarations.remove(name.startsWith("--") ? name : name.toLowerCase(Locale.ROOT));
    }

    String serialize() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String[]> entry : declarations.entrySet()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(entry.getKey()).append(": ").append(CssNumbers.normalise(entry.getValue()[0]));
            if (!entry.getValue()[1].isEmpty()) {
                out.append(" !").append(entry.getValue()[1]);
            }
            out.append(';');
        }
        return out.toString();
    }
}
