package dev.phreplay.redact;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named regular expression whose matches are replaced in every text the rules reach. Built-in
 * patterns carry a cheap pre-check (e.g. "contains '@'") so most strings skip the regex, and a
 * validator for matches the regex alone can't decide (Luhn for card numbers, digit counts for phones).
 *
 * A regex with named groups {@code secret}, {@code secret2}... replaces only what those groups matched
 * (e.g. the value after {@code "password":}), keeping the rest of the match.
 *
 * @param replacement the literal replacement, or null to mask each non-whitespace character with {@code *}
 */
public record TextPattern(String name, Pattern regex, String replacement, Predicate<String> mayMatch, Predicate<String> accept) {
    public String ruleId() {
        return "pattern:" + name;
    }

    /** The text with every accepted match replaced; the count goes to {@code tally} under {@link #ruleId()}. */
    String apply(String text, Tally tally) {
        if (!mayMatch.test(text)) {
            return text;
        }
        Matcher matcher = regex.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            String found = matcher.group();
            if (found.isEmpty() || !accept.test(found)) {
                continue;
            }
            int start = matcher.start();
            int end = matcher.end();
            for (String group : SECRET_GROUPS) {
                if (hasGroup(group) && matcher.group(group) != null) {
                    start = matcher.start(group);
                    end = matcher.end(group);
                    break;
                }
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String secret = text.substring(start, end);
            out.append(text, last, start).append(replacement == null ? Masks.stars(secret) : replacement);
            last = end;
            tally.count(ruleId(), 1);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static final java.util.List<String> SECRET_GROUPS = java.util.List.of("secret", "secret2", "secret3");

    private boolean hasGroup(String name) {
        return regex.namedGroups().containsKey(name);
    }

    static TextPattern custom(String name, String regex, String replacement) {
        return new TextPattern(name, Pattern.compile(regex), replacement, s -> true, s -> true);
    }
}
