package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The redaction rules, read from a JSON rules file (see docs/REDACTION.md). A key the file leaves
 * out takes its value from the default rules ({@code default-rules.json}); an unknown key is an
 * error, because a misspelt privacy rule must not silently do nothing.
 *
 * @param sha256 the SHA-256 of the rules file's bytes (of the default rules when none was given)
 */
public record RedactionRules(
        List<CssSelector> maskTextSelectors,
        List<CssSelector> blockSelectors,
        boolean maskAllInputs,
        List<CssSelector> maskInputSelectors,
        List<TextPattern> patterns,
        Set<String> dropAttributes,
        List<String> urlParameters,
        Set<String> dropHeaders,
        List<BodyRule> networkBodies,
        MetadataRules metadata,
        String sha256) {

    /** What to do with the bodies of requests whose URL matches {@code url} (a regex, found anywhere in the URL). */
    public record BodyRule(Pattern url, BodyAction action, boolean request, boolean response) {}

    public enum BodyAction { DROP, MASK }

    public record MetadataRules(boolean pseudonymiseDistinctIds, boolean maskPersonName, Set<String> maskPersonProperties) {}

    private static final Set<String> TOP_KEYS = Set.of("$schema", "description", "maskTextSelectors", "blockSelectors", "inputs",
            "patterns", "dropAttributes", "urlParameters", "network", "metadata");
    private static final String DEFAULT_RESOURCE = "default-rules.json";

    /** The default rules. */
    public static RedactionRules defaults() {
        return parse(defaultRulesJson(), "default rules");
    }

    /** The bytes of the default rules file, as documented. */
    public static byte[] defaultRulesJson() {
        try (InputStream in = RedactionRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default redaction rules are missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rules file.
     *
     * @param source names the file in error messages
     * @throws RulesException naming the file and the field at fault
     */
    public static RedactionRules parse(byte[] json, String source) {
        JsonNode given;
        try {
            given = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new RulesException(source + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (given == null || !given.isObject()) {
            throw new RulesException(source + ": the rules must be a JSON object");
        }
        given.fieldNames().forEachRemaining(name -> {
            if (!TOP_KEYS.contains(name)) {
                throw new RulesException(source + ": unknown key \"" + name + "\" (known: " + String.join(", ", TOP_KEYS.stream().sorted().toList()) + ")");
            }
        });
        JsonNode defaults = source.equals("default rules") ? given : readDefaults();
        Reader reader = new Reader(source, (ObjectNode) given, (ObjectNode) defaults);
        try {
            return reader.read(sha256(json));
        } catch (IllegalArgumentException e) {
            throw new RulesException(source + ": " + e.getMessage());
        }
    }

    private static JsonNode readDefaults() {
        try {
            return Json.mapper().readTree(defaultRulesJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** The attribute names (lower-case) that any selector reads. */
    public Set<String> selectorAttributes() {
        Set<String> names = new LinkedHashSet<>(Set.of("type"));
        for (List<CssSelector> list : List.of(maskTextSelectors, blockSelectors, maskInputSelectors)) {
            list.forEach(s -> names.addAll(s.attributeNames()));
        }
        return names;
    }

    /** Reads each key from the given file, or from the defaults when the file leaves it out. */
    private record Reader(String source, ObjectNode given, ObjectNode defaults) {
        RedactionRules read(String sha256) {
            JsonNode inputs = section("inputs", Set.of("maskAll", "maskSelectors"));
            JsonNode patterns = section("patterns", Set.of("builtIn", "custom"));
            JsonNode network = section("network", Set.of("dropHeaders", "bodies"));
            JsonNode metadata = section("metadata", Set.of("pseudonymiseDistinctIds", "maskPersonName", "maskPersonProperties"));
            return new RedactionRules(
                    selectors("maskTextSelectors", pick(given, defaults, "maskTextSelectors")),
                    selectors("blockSelectors", pick(given, defaults, "blockSelectors")),
                    bool("inputs.maskAll", inputs.get("maskAll")),
                    selectors("inputs.maskSelectors", inputs.get("maskSelectors")),
                    patterns(patterns),
                    lowerCase(strings("dropAttributes", pick(given, defaults, "dropAttributes"))),
                    strings("urlParameters", pick(given, defaults, "urlParameters")),
                    lowerCase(strings("network.dropHeaders", network.get("dropHeaders"))),
                    bodies(network.get("bodies")),
                    new MetadataRules(bool("metadata.pseudonymiseDistinctIds", metadata.get("pseudonymiseDistinctIds")),
                            bool("metadata.maskPersonName", metadata.get("maskPersonName")),
                            lowerCase(strings("metadata.maskPersonProperties", metadata.get("maskPersonProperties")))),
                    sha256);
        }

        /** An object section merged key by key over the default section. */
        private JsonNode section(String name, Set<String> keys) {
            ObjectNode merged = ((ObjectNode) defaults.get(name)).deepCopy();
            JsonNode own = given.get(name);
            if (own != null) {
                if (!own.isObject()) {
                    throw new IllegalArgumentException("\"" + name + "\" must be an object");
                }
                own.fieldNames().forEachRemaining(key -> {
                    if (!keys.contains(key)) {
                        throw new IllegalArgumentException("unknown key \"" + name + "." + key + "\" (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
                    }
                    merged.set(key, own.get(key));
                });
            }
            return merged;
        }

        private static JsonNode pick(JsonNode given, JsonNode defaults, String key) {
            return given.has(key) ? given.get(key) : defaults.get(key);
        }

        private List<TextPattern> patterns(JsonNode section) {
            List<TextPattern> list = new ArrayList<>();
            for (String name : strings("patterns.builtIn", section.get("builtIn"))) {
                list.add(BuiltInPatterns.get(name));
            }
            JsonNode custom = section.get("custom");
            if (custom == null || !custom.isArray()) {
                throw new IllegalArgumentException("\"patterns.custom\" must be an array");
            }
            for (int i = 0; i < custom.size(); i++) {
                list.add(customPattern(custom.get(i), "patterns.custom[" + i + "]"));
            }
            return List.copyOf(list);
        }

        private static TextPattern customPattern(JsonNode item, String path) {
            if (!item.isObject() || !item.path("name").isTextual() || !item.path("regex").isTextual()) {
                throw new IllegalArgumentException("\"" + path + "\" must be an object with string \"name\" and \"regex\"");
            }
            item.fieldNames().forEachRemaining(key -> {
                if (!Set.of("name", "regex", "replacement").contains(key)) {
                    throw new IllegalArgumentException("unknown key \"" + path + "." + key + "\"");
                }
            });
            JsonNode replacement = item.get("replacement");
            if (replacement != null && !replacement.isTextual()) {
                throw new IllegalArgumentException("\"" + path + ".replacement\" must be a string");
            }
            try {
                return TextPattern.custom(item.get("name").textValue(), item.get("regex").textValue(),
                        replacement == null ? null : replacement.textValue());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("\"" + path + ".regex\" is not a valid regular expression: " + e.getDescription());
            }
        }

        private static List<BodyRule> bodies(JsonNode node) {
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("\"network.bodies\" must be an array");
            }
            List<BodyRule> rules = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "network.bodies[" + i + "]";
                JsonNode item = node.get(i);
                if (!item.isObject() || !item.path("url").isTextual()) {
                    throw new IllegalArgumentException("\"" + path + "\" must be an object with a string \"url\" (a regular expression)");
                }
                item.fieldNames().forEachRemaining(key -> {
                    if (!Set.of("url", "action", "which").contains(key)) {
                        throw new IllegalArgumentException("unknown key \"" + path + "." + key + "\"");
                    }
                });
                String action = item.path("action").asText("drop");
                String which = item.path("which").asText("both");
                if (!Set.of("drop", "mask").contains(action)) {
                    throw new IllegalArgumentException("\"" + path + ".action\" must be \"drop\" or \"mask\"");
                }
                if (!Set.of("request", "response", "both").contains(which)) {
                    throw new IllegalArgumentException("\"" + path + ".which\" must be \"request\", \"response\" or \"both\"");
                }
                Pattern url;
                try {
                    url = Pattern.compile(item.get("url").textValue());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("\"" + path + ".url\" is not a valid regular expression: " + e.getDescription());
                }
                rules.add(new BodyRule(url, action.equals("drop") ? BodyAction.DROP : BodyAction.MASK,
                        !which.equals("response"), !which.equals("request")));
            }
            return List.copyOf(rules);
        }

        private static List<CssSelector> selectors(String name, JsonNode node) {
            List<CssSelector> list = new ArrayList<>();
            for (String selector : strings(name, node)) {
                list.addAll(CssSelector.parseList(selector));
            }
            return List.copyOf(list);
        }

        private static List<String> strings(String name, JsonNode node) {
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("\"" + name + "\" must be an array of strings");
            }
            List<String> list = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw new IllegalArgumentException("\"" + name + "\" must be an array of strings, found " + item);
                }
                list.add(item.textValue());
            }
            return List.copyOf(list);
        }

        private static boolean bool(String name, JsonNode node) {
            if (node == null || !node.isBoolean()) {
                throw new IllegalArgumentException("\"" + name + "\" must be true or false");
            }
            return node.booleanValue();
        }

        private static Set<String> lowerCase(List<String> values) {
            Set<String> set = new LinkedHashSet<>();
            values.forEach(v -> set.add(v.toLowerCase(Locale.ROOT)));
            return Set.copyOf(set);
        }
    }
}
