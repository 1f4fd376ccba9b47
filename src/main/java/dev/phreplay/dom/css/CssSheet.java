package dev.phreplay.dom.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CSSOM of one style sheet (of a {@code <style>} element or a constructed sheet): its
 * rules, with nested groups, so that StyleSheetRule, StyleDeclaration and AdoptedStyleSheet
 * events can be applied by index. Operations that a browser would reject (bad index, unparsable
 * rule) return false and change nothing, as rrweb's try/catch does.
 */
public final class CssSheet {
    private static final Set<String> GROUPS = Set.of("media", "supports", "container", "layer", "document",
            "-moz-document", "scope", "starting-style");

    private final List<CssRule> rules = new ArrayList<>();

    public CssSheet() {}

    public static CssSheet parse(String css) {
        CssSheet sheet = new CssSheet();
        sheet.rules.addAll(parseRules(css == null ? "" : css));
        return sheet;
    }

    public List<CssRule> rules() {
        return rules;
    }

    /** All rules, depth first, groups before their children. */
    public List<CssRule> allRules() {
        List<CssRule> all = new ArrayList<>();
        List<CssRule> stack = new ArrayList<>(rules.reversed());
        while (!stack.isEmpty()) {
            CssRule rule = stack.removeLast();
            all.add(rule);
            stack.addAll(rule.rules().reversed());
        }
        return all;
    }

    /** True when some rule (at any depth) has exactly this selector or prelude. */
    public boolean hasRule(String prelude) {
        return allRules().stream().anyMatch(r -> r.prelude().equals(prelude));
    }

    public void replace(String css) {
        rules.clear();
        rules.addAll(parseRules(css == null ? "" : css));
    }

    /** {@code insertRule} into the rules at {@code parentPath} (empty: the sheet). */
    public boolean insertRule(List<Integer> parentPath, String ruleText, int index) {
        List<CssRule> target = ruleList(parentPath);
        if (target == null || index < 0 || index > target.size()) {
            return false;
        }
        List<CssRule> parsed = parseRules(ruleText);
        if (parsed.size() != 1) {
            return false;
        }
        target.add(index, parsed.getFirst());
        return true;
    }

    public boolean deleteRule(List<Integer> parentPath, int index) {
        List<CssRule> target = ruleList(parentPath);
        if (target == null || index < 0 || index >= target.size()) {
            return false;
        }
        target.remove(index);
        return true;
    }

    /** The rule at a nested path such as [1, 0, 0], or null. */
    public CssRule rule(List<Integer> path) {
        List<CssRule> list = rules;
        CssRule rule = null;
        for (int index : path) {
            if (list == null || index < 0 || index >= list.size()) {
                return null;
            }
            rule = list.get(index);
            list = rule.type() == CssRule.Type.OTHER ? null : rule.rules();
        }
        return rule;
    }

    private List<CssRule> ruleList(List<Integer> path) {
        if (path.isEmpty()) {
            return rules;
        }
        CssRule parent = rule(path);
        return parent == null || !parent.isGroup() ? null : parent.rules();
    }

    public CssSheet copy() {
        CssSheet copy = new CssSheet();
        for (CssRule rule : rules) {
            copy.rules.add(rule.copy());
        }
        return copy;
    }

    public String cssText() {
        StringBuilder out = new StringBuilder();
        for (CssRule rule : rules) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(rule.cssText());
        }
        return out.toString();
    }

    static List<CssRule> parseRules(String css) {
        List<CssScanner.Statement> statements;
        try {
            statements = CssScanner.scan(css);
        } catch (CssScanner.CssSyntaxException e) {
            return List.of();
        }
        List<CssRule> top = new ArrayList<>();
        CssRule[] built = new CssRule[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            CssScanner.Statement s = statements.get(i);
            CssRule parent = s.parent() < 0 ? null : built[s.parent()];
            String prelude = css.substring(s.start(), s.preludeEnd());
            if (s.kind() == CssScanner.Kind.DECLARATION) {
                if (parent != null && parent.type() == CssRule.Type.STYLE) {
                    addDeclaration(parent, prelude);
                }
                continue;
            }
            CssRule rule = switch (s.kind()) {
                case RULE -> new CssRule(CssRule.Type.STYLE, prelude, null);
                case AT_BLOCK -> GROUPS.contains(atName(prelude)) ? new CssRule(CssRule.Type.GROUP, prelude, null)
                        : new CssRule(CssRule.Type.OTHER, prelude, css.substring(s.blockStart(), s.blockEnd()));
                default -> new CssRule(CssRule.Type.OTHER, prelude, null);
            };
            built[i] = rule;
            if (parent == null) {
                if (s.parent() < 0) {
                    top.add(rule);
                }
            } else if (parent.type() != CssRule.Type.OTHER) {
                parent.rules().add(rule);
            }
        }
        return top;
    }

    private static String atName(String prelude) {
        int end = 1;
        while (end < prelude.length() && !Character.isWhitespace(prelude.charAt(end)) && prelude.charAt(end) != '(') {
            end++;
        }
        return prelude.substring(1, end).toLowerCase(Locale.ROOT);
    }

    private static void addDeclaration(CssRule rule, String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String name = text.substring(0, colon).trim();
        String value = text.substring(colon + 1).trim();
        String priority = "";
        int bang = value.toLowerCase(Locale.ROOT).lastIndexOf("!important");
        if (bang >= 0 && value.substring(bang + "!important".length()).isBlank()) {
            priority = "important";
            value = value.substring(0, bang).trim();
        }
        if (!name.startsWith("--")) {
            name = name.toLowerCase(Locale.ROOT);
        }
        rule.setProperty(name, value, priority);
    }
}
