package dev.phreplay.dom.css;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rrweb's {@code adaptCssForReplay}: every selector with {@code :hover} gets a twin in which
 * {@code :hover} becomes the class {@code .\:hover}, and {@code (min|max)-device-(width|height)}
 * in at-rule params loses its {@code device-}. Only selectors and at-rule params are edited; all
 * other text stays byte-identical. Broken CSS is returned unchanged, as rrweb does when postcss throws.
 * Results are cached per original text (thread-safe: mirrors on several threads share one adapter).
 */
public final class CssAdapter {
    private static final Pattern DEVICE_QUERY = Pattern.compile("(max|min)-device-(width|height)");
    private static final int CACHE_LIMIT = 512;

    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_LIMIT;
        }
    };

    public String adapt(String css) {
        if (css == null || css.isEmpty()) {
            return css;
        }
        synchronized (cache) {
            String cached = cache.get(css);
            if (cached != null) {
                return cached;
            }
        }
        String adapted = adaptUncached(css);
        synchronized (cache) {
            cache.put(css, adapted);
        }
        return adapted;
    }

    public static String adaptUncached(String css) {
        if (!css.contains(":hover") && !css.contains("-device-")) {
            return css;
        }
        List<CssScanner.Statement> statements;
        try {
            statements = CssScanner.scan(css);
        } catch (CssScanner.CssSyntaxException e) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length() + 64);
        int copied = 0;
        for (CssScanner.Statement statement : statements) {
            String replacement = switch (statement.kind()) {
                case RULE -> hoverTwins(css.substring(statement.start(), statement.preludeEnd()));
                case AT_BLOCK, AT_STATEMENT -> deviceQueries(css.substring(statement.start(), statement.preludeEnd()));
                case DECLARATION -> null;
            };
            if (replacement != null) {
                out.append(css, copied, statement.start()).append(replacement);
                copied = statement.preludeEnd();
            }
        }
        out.append(css, copied, css.length());
        return out.toString();
    }

    /** The selector with a {@code .\:hover} twin appended for each part that has {@code :hover}; null if none. */
    static String hoverTwins(String selector) {
        if (!selector.contains(":hover")) {
            return null;
        }
        StringBuilder result = new StringBuilder(selector);
        for (String part : CssScanner.splitSelectors(selector)) {
            if (part.contains(":hover")) {
                result.append(",\n").append(part.replace(":hover", ".\\:hover"));
            }
        }
        return result.toString();
    }

    static String deviceQueries(String atRule) {
        Matcher matcher = DEVICE_QUERY.matcher(atRule);
        if (!matcher.find()) {
            return null;
        }
        return matcher.replaceAll("$1-$2");
    }
}
