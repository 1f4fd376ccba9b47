package dev.phreplay.redact;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named regular expression whose matches are replaced in every text the rules reach. Built-in
 * patterns carry a cheap pre-check (e.g. "contains '@'") so most strings skip the regex, and a
 * validator for matches the regex alone can't decide (Luhn for card numbers, digit counts for phones).
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
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, matcher.start()).append(replacement == null ? Masks.stars(found) : replacement);
            last = matcher.end();
            tally.count(ruleId(), 1);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    static TextPattern custom(String name, String regex, String replacement) {
        return new TextPattern(name, Pattern.compile(regex), replacement, s -> true, s -> true);
    }
}
