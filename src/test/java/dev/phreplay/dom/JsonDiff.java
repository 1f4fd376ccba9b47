package dev.phreplay.dom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

/** The first difference between two JSON trees, described with a readable path; null when equal. */
final class JsonDiff {
    private JsonDiff() {}

    private record Pair(String path, JsonNode expected, JsonNode actual) {}

    static String firstDifference(String root, JsonNode expected, JsonNode actual) {
        Deque<Pair> stack = new ArrayDeque<>();
        stack.push(new Pair(root, expected, actual));
        while (!stack.isEmpty()) {
            Pair pair = stack.pop();
            JsonNode e = pair.expected();
            JsonNode a = pair.actual();
            if (e == null || a == null || e.getNodeType() != a.getNodeType()) {
                return pair.path() + ": expected " + brief(e) + " but was " + brief(a);
            }
            if (e.isObject()) {
                TreeSet<String> names = new TreeSet<>();
                e.fieldNames().forEachRemaining(names::add);
                a.fieldNames().forEachRemaining(names::add);
                for (String name : names.descendingSet()) {
                    stack.push(new Pair(pair.path() + step(e, name), e.get(name), a.get(name)));
                }
            } else if (e.isArray()) {
                if (e.size() != a.size()) {
                    int common = Math.min(e.size(), a.size());
                    for (int i = common - 1; i >= 0; i--) {
                        stack.push(new Pair(pair.path() + "[" + i + "]" + label(e.get(i)), e.get(i), a.get(i)));
                    }
                    String shallow = firstShallow(pair.path(), e, a, common);
                    if (shallow != null) {
                        return shallow;
                    }
                    return pair.path() + ": expected " + e.size() + " items but was " + a.size() + "; expected "
                            + brief(e) + " but was " + brief(a);
                }
                for (int i = e.size() - 1; i >= 0; i--) {
                    stack.push(new Pair(pair.path() + "[" + i + "]" + label(e.get(i)), e.get(i), a.get(i)));
                }
            } else if (!e.equals(a) && !(e.isNumber() && a.isNumber() && e.doubleValue() == a.doubleValue())) {
                return pair.path() + ": expected " + brief(e) + " but was " + brief(a);
            }
        }
        return null;
    }

    private static String firstShallow(String path, JsonNode e, JsonNode a, int common) {
        for (int i = 0; i < common; i++) {
            if (!sameHead(e.get(i), a.get(i))) {
                return path + "[" + i + "]: expected " + brief(e.get(i)) + " but was " + brief(a.get(i));
            }
        }
        return null;
    }

    private static boolean sameHead(JsonNode e, JsonNode a) {
        return e.path("type").equals(a.path("type")) && e.path("tag").equals(a.path("tag")) && e.path("text").equals(a.path("text"));
    }

    private static String step(JsonNode parent, String name) {
        return "." + name;
    }

    private static String label(JsonNode node) {
        if (node != null && node.has("tag")) {
            return "<" + node.get("tag").asText() + ">";
        }
        if (node != null && node.has("type") && node.get("type").isTextual()) {
            return "(" + node.get("type").asText() + ")";
        }
        return "";
    }

    static String brief(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
