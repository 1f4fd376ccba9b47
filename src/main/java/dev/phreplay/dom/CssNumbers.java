package dev.phreplay.dom;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chromium serialises CSS numbers with at most 6 significant digits (155.3046875px becomes 155.305px). */
final class CssNumbers {
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w#.\\-])(-?\\d*\\.\\d+)");

    private CssNumbers() {}

    static String normalise(String value) {
        if (value.indexOf('.') < 0) {
            return value;
        }
        Matcher matcher = DECIMAL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String format(String number) {
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return number;
        }
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
