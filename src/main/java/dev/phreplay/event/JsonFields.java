package dev.phreplay.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Field readers that name the JSON path of whatever is missing or of the wrong type. */
final class JsonFields {
    private JsonFields() {}

    static JsonNode object(JsonNode parent, String name, String path) throws EventDecodeException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw new EventDecodeException(path + name, node == null ? "missing" : "expected an object, found " + kind(node));
        }
        return node;
    }

    static int requiredInt(JsonNode parent, String name, String path) throws EventDecodeException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber()) {
            throw new EventDecodeException(path + name, node == null ? "missing" : "expected a number, found " + kind(node));
        }
        return clampToInt(node);
    }

    static long requiredLong(JsonNode parent, String name, String path) throws EventDecodeException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber()) {
            throw new EventDecodeException(path + name, node == null ? "missing" : "expected a number, found " + kind(node));
        }
        double value = node.asDouble();
        if (!Double.isFinite(value) || Math.abs(value) > 9.0e15) {
            throw new EventDecodeException(path + name, "number out of range: " + node.asText());
        }
        return node.isIntegralNumber() ? node.asLong() : Math.round(value);
    }

    static double requiredDouble(JsonNode parent, String name, String path) throws EventDecodeException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber()) {
            throw new EventDecodeException(path + name, node == null ? "missing" : "expected a number, found " + kind(node));
        }
        return node.asDouble();
    }

    static Integer optionalInt(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && node.isNumber() ? clampToInt(node) : null;
    }

    static int intOr(JsonNode parent, String name, int fallback) {
        Integer value = optionalInt(parent, name);
        return value == null ? fallback : value;
    }

    static Double optionalDouble(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    static Boolean optionalBoolean(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && node.isBoolean() ? node.asBoolean() : null;
    }

    static boolean isTrue(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && node.isBoolean() && node.asBoolean();
    }

    /** A string field; numbers and booleans are given their JavaScript text, anything else is null. */
    static String optionalString(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null ? null : scalarText(node);
    }

    static String scalarText(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return jsNumber(node);
        }
        if (node.isBoolean()) {
            return Boolean.toString(node.booleanValue());
        }
        return null;
    }

    /** The elements of an array field; a missing or null field is an empty list. */
    static List<JsonNode> array(JsonNode parent, String name, String path) throws EventDecodeException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new EventDecodeException(path + name, "expected an array, found " + kind(node));
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    static List<String> stringList(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            String single = scalarText(node);
            return single == null ? List.of(node.toString()) : List.of(single);
        }
        List<String> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            String text = scalarText(item);
            items.add(text != null ? text : item.isNull() ? "null" : item.toString());
        }
        return List.copyOf(items);
    }

    static List<Integer> intList(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<Integer> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (item.isNumber()) {
                items.add(clampToInt(item));
            }
        }
        return List.copyOf(items);
    }

    /** JavaScript's {@code String(number)} for the numbers recordings hold. */
    static String jsNumber(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Long.toString(node.asLong());
        }
        double value = node.asDouble();
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? new java.math.BigDecimal(text).stripTrailingZeros().toPlainString() : text;
    }

    static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static int clampToInt(JsonNode node) {
        double value = node.asDouble();
        if (value >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (value <= Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) value;
    }
}
