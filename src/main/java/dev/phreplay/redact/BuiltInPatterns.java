package dev.phreplay.redact;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The built-in patterns by name: {@code email}, {@code card}, {@code phone}, {@code jwt}, {@code apiKey}. */
public final class BuiltInPatterns {
    public static final List<String> NAMES = List.of("email", "card", "phone", "jwt", "apiKey", "secretField");

    /** The look-behind makes each word a single start position, keeping the search linear. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}");
    /** 13-19 digits, optionally grouped by spaces or dashes; the first digit is that of a card network (2-6). */
    private static final Pattern CARD = Pattern.compile("(?<![\\d.\\-])[2-6](?:[ \\-]?\\d){12,18}(?![\\d])");
    /**
     * International ({@code +} and 9-15 digits, separators allowed) or grouped national numbers
     * ({@code (415) 555-2671}, {@code 555.123.4567}): ungrouped digit runs are left to other rules,
     * so ids and timestamps stay intact.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+\\-.])(?:\\+\\d{1,3}[ .\\-]?(?:\\(\\d{1,4}\\)[ .\\-]?)?\\d{1,4}(?:[ .\\-]?\\d{2,4}){1,4}"
                    + "|(?:\\(\\d{2,4}\\)[ .\\-]?|\\d{2,4}[ .\\-])\\d{3,4}[ .\\-]\\d{3,4})(?![\\w\\-])");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*");
    /** Tokens with the prefixes well-known services give their keys, and {@code Bearer} credentials. */
    private static final Pattern API_KEY = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|sk-(?:proj-)?[A-Za-z0-9_\\-]{20,}"
                    + "|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_\\-]{20,}"
                    + "|xox[abposr]-[A-Za-z0-9\\-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\\-]{35}"
                    + "|ph[cx]_[A-Za-z0-9]{20,}|(?<=Bearer )[A-Za-z0-9._~+/=\\-]{16,})");

    private static final String SECRET_KEYS = "password|passwd|pwd|passcode|secret|token|access_token|refresh_token|id_token"
            + "|api_key|apikey|authorization|auth|cvv|cvc|card_number|cardnumber|ssn|otp|pin";
    /**
     * The value of a sensitive-looking field: {@code "password": "…"} in JSON text, {@code password=…} in
     * forms and logs. Only the value is replaced. Keys may carry a prefix ({@code user_password}, {@code csrfToken}): the key is found where it ends.
     */
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(?:" + SECRET_KEYS + ")[\"']?\\s{0,3}[:=]\\s{0,3}"
                    + "(?:\"(?<secret>(?:[^\"\\\\]|\\\\.){1,4000})\"|'(?<secret2>[^']{1,4000})'|(?<secret3>[^\\s&,;\"'{}\\[\\]<>]{1,4000}))");

    private static final Map<String, TextPattern> PATTERNS = Map.of(
            "email", new TextPattern("email", EMAIL, null, s -> s.indexOf('@') >= 0, s -> true),
            "card", new TextPattern("card", CARD, null, s -> hasDigitGroup(s, 13, " -"), BuiltInPatterns::luhn),
            "phone", new TextPattern("phone", PHONE, null, s -> hasDigitGroup(s, 9, " .-()+"), BuiltInPatterns::phoneDigits),
            "jwt", new TextPattern("jwt", JWT, null, s -> s.contains("eyJ"), s -> true),
            "apiKey", new TextPattern("apiKey", API_KEY, null, BuiltInPatterns::hasKeyPrefix, s -> true),
            "secretField", new TextPattern("secretField", SECRET_FIELD, null, BuiltInPatterns::mayHoldSecretField, s -> true));

    private static final List<String> KEY_PREFIXES = List.of("sk_", "pk_", "rk_", "sk-", "gh", "github_pat_", "glpat-", "xox",
            "AKIA", "AIza", "phc_", "phx_", "Bearer ");

    private BuiltInPatterns() {}

    public static TextPattern get(String name) {
        TextPattern pattern = PATTERNS.get(name);
        if (pattern == null) {
            throw new IllegalArgumentException("unknown built-in pattern \"" + name + "\" (known: " + String.join(", ", NAMES) + ")");
        }
        return pattern;
    }

    /** The Luhn checksum over the digits of {@code text} (separators ignored). */
    static boolean luhn(String text) {
        int sum = 0;
        boolean doubled = false;
        int digits = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
            digits++;
        }
        return digits >= 13 && digits <= 19 && sum % 10 == 0;
    }

    private static boolean phoneDigits(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return digits >= 9 && digits <= 15;
    }

    private static final List<String> SECRET_HINTS = List.of("pass", "pwd", "secret", "token", "key", "auth", "cv", "card",
            "ssn", "otp", "pin");

    /** A field separator and, case-insensitively, a part of a sensitive key: most text has neither. */
    private static boolean mayHoldSecretField(String text) {
        if (text.indexOf(':') < 0 && text.indexOf('=') < 0) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String hint : SECRET_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKeyPrefix(String text) {
        if (text.length() < 16) {
            return false;
        }
        for (String prefix : KEY_PREFIXES) {
            if (text.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cheap pre-check for number patterns, far faster than the regex: is there a group of at least
     * {@code minDigits} digits, joined by at most two consecutive {@code separators}?
     */
    static boolean hasDigitGroup(String text, int minDigits, String separators) {
        int digits = 0;
        int gap = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= minDigits) {
                    return true;
                }
                gap = 0;
            } else if (separators.indexOf(c) >= 0 && ++gap <= 2) {
                continue;
            } else {
                digits = 0;
                gap = 0;
            }
        }
        return false;
    }
}
