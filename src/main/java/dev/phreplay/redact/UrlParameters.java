package dev.phreplay.redact;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes named parameters (name and value) from the query and fragment of URLs, wherever they sit
 * in a string: {@code https://x.test/cb?code=abc&state=1} becomes {@code https://x.test/cb?state=1}.
 * Names compare case-insensitively.
 */
final class UrlParameters {
    static final String RULE = "urlParameter";

    private final Pattern parameter;
    private final boolean empty;

    UrlParameters(Collection<String> names) {
        Set<String> quoted = names.stream().map(n -> Pattern.quote(n.toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
        this.empty = quoted.isEmpty();
        this.parameter = Pattern.compile("([?&#;])(?:" + (empty ? "(?!)" : String.join("|", quoted))
                + ")(?:=[^&#\\s\"'<>]*)?(?=[&#\\s\"'<>]|$)(&?)", Pattern.CASE_INSENSITIVE);
    }

    String strip(String text, Tally tally) {
        if (empty || text.indexOf('=') < 0 && text.indexOf('?') < 0) {
            return text;
        }
        String current = text;
        // Each pass removes non-overlapping parameters; adjacent ones share a separator, so repeat.
        for (int pass = 0; pass < 64; pass++) {
            Matcher matcher = parameter.matcher(current);
            StringBuilder out = new StringBuilder(current.length());
            int removed = 0;
            while (matcher.find()) {
                String separator = matcher.group(1);
                boolean followed = !matcher.group(2).isEmpty();
                String keep = separator.equals("&") || separator.equals(";") ? (followed ? "&" : "") : (followed ? separator : "");
                matcher.appendReplacement(out, Matcher.quoteReplacement(keep));
                removed++;
            }
            if (removed == 0) {
                return current;
            }
            matcher.appendTail(out);
            tally.count(RULE, removed);
            current = out.toString();
        }
        return current;
    }
}
