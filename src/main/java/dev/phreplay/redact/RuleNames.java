package dev.phreplay.redact;

import java.util.Map;

/** The rule ids counted in reports and manifests, with a one-line description for people. */
public final class RuleNames {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            DomRedactor.MASK_TEXT_RULE, "text masked in elements matching maskTextSelectors",
            DomRedactor.BLOCK_RULE, "elements blocked (placeholders) and changes under them dropped",
            DomRedactor.MASK_INPUT_RULE, "input values masked",
            DomRedactor.DROP_ATTRIBUTE_RULE, "attributes dropped",
            UrlParameters.RULE, "URL parameters removed",
            NetworkRedactor.HEADER_RULE, "network headers dropped",
            NetworkRedactor.BODY_RULE, "network bodies dropped or masked",
            Scrubber.PERSON_RULE, "person names, distinct ids and identifying properties replaced");

    private RuleNames() {}

    public static String describe(String rule) {
        if (rule.startsWith("pattern:")) {
            return "matches of the pattern \"" + rule.substring("pattern:".length()) + "\" replaced";
        }
        return DESCRIPTIONS.getOrDefault(rule, rule);
    }
}
