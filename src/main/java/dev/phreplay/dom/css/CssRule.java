package dev.phreplay.dom.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of a style sheet's CSSOM: a style rule with its declarations (and nested rules),
 * a grouping at-rule ({@code @media}, {@code @supports}, ...) with child rules, or another
 * at-rule kept as text.
 */
public final class CssRule {
    public enum Type { STYLE, GROUP, OTHER }

    /** A declaration value with its priority ("important" or ""). */
    public record Declaration(String value, String priority) {}

    private final Type type;
    private final String prelude;
    private final String body;
    private final Map<String, Declaration> declarations;
    private final List<CssRule> rules;

    CssRule(Type type, String prelude, String body) {
        this.type = type;
        this.prelude = prelude;
        this.body = body;
        this.declarations = type == Type.STYLE ? new LinkedHashMap<>() : Map.of();
        this.rules = type == Type.OTHER ? List.of() : new ArrayList<>();
    }

    public Type type() { return type; }

    /** The selector of a style rule, or the at-rule's prelude such as {@code @media screen}. */
    public String prelude() { return prelude; }

    public Map<String, Declaration> declarations() { return declarations; }

    /** Child rules of a group (or nested rules of a style rule). */
    public List<CssRule> rules() { return rules; }

    public boolean isGroup() { return type == Type.GROUP; }

    public void setProperty(String property, String value, String priority) {
        if (type != Type.STYLE) {
            return;
        }
        if (value == null || value.isEmpty()) {
            declarations.remove(property);
        } else {
            declarations.put(property, new Declaration(value, priority == null ? "" : priority));
        }
    }

    public void removeProperty(String property) {
        if (type == Type.STYLE) {
            declarations.remove(property);
        }
    }

    /** The value of a property, or "" as CSSOM's getPropertyValue. */
    public String propertyValue(String property) {
        Declaration declaration = declarations.get(property);
        return declaration == null ? "" : declaration.value();
    }

    /** A serialisation close to Chrome's {@code cssText}. */
    public String cssText() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    /** Serialises with an explicit stack: group nesting in recorded CSS is unbounded. */
    private void appendTo(StringBuilder out) {
        java.util.Deque<Object> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            CssRule rule = (CssRule) item;
            switch (rule.type) {
                case OTHER -> out.append(rule.prelude).append(rule.body == null ? ";" : " {" + rule.body + "}");
                case GROUP -> {
                    out.append(rule.prelude).append(" {");
                    stack.push("\n}");
                    pushChildren(stack, rule, "\n  ");
                }
                case STYLE -> {
                    out.append(rule.prelude).append(" {");
                    for (Map.Entry<String, Declaration> entry : rule.declarations.entrySet()) {
                        out.append(' ').append(entry.getKey()).append(": ").append(entry.getValue().value());
                        if (!entry.getValue().priority().isEmpty()) {
                            out.append(" !").append(entry.getValue().priority());
                        }
                        out.append(';');
                    }
                    stack.push(" }");
                    pushChildren(stack, rule, " ");
                }
            }
        }
    }

    private static void pushChildren(java.util.Deque<Object> stack, CssRule rule, String separator) {
        for (int i = rule.rules.size() - 1; i >= 0; i--) {
            stack.push(rule.rules.get(i));
            stack.push(separator);
        }
    }

    /** A deep copy, iterative. */
    CssRule copy() {
        CssRule root = shallowCopy();
        List<CssRule[]> stack = new ArrayList<>();
        stack.add(new CssRule[] {this, root});
        while (!stack.isEmpty()) {
            CssRule[] pair = stack.removeLast();
            for (CssRule child : pair[0].rules) {
                CssRule childCopy = child.shallowCopy();
                pair[1].rules.add(childCopy);
                stack.add(new CssRule[] {child, childCopy});
            }
        }
        return root;
    }

    private CssRule shallowCopy() {
        CssRule copy = new CssRule(type, prelude, body);
        if (type == Type.STYLE) {
            copy.declarations.putAll(declarations);
        }
        return copy;
    }

    @Override
    public String toString() {
        return cssText();
    }
}
