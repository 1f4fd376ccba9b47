package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Redacts the recording's metadata: the person (name, distinct ids, identifying properties) and
 * every other string. The values it removes are taught to the {@link Scrubber}, so the same name,
 * email or distinct id is also replaced wherever it appears in the events.
 */
final class MetadataRedactor {
    private final RedactionRules.MetadataRules rules;
    private final Scrubber scrubber;
    private final Map<String, String> pseudonyms = new LinkedHashMap<>();

    MetadataRedactor(RedactionRules.MetadataRules rules, Scrubber scrubber) {
        this.rules = rules;
        this.scrubber = scrubber;
    }

    void redact(JsonNode metadata) {
        learn(metadata);
        scrub(metadata);
    }

    /** First pass: collect the identifying values, so the second pass replaces them everywhere, in any field. */
    private void learn(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("person") && value instanceof ObjectNode person) {
                    learnPerson(person);
                } else if ((key.equals("distinct_id") || key.equals("distinctId")) && value.isTextual()) {
                    pseudonym(value.textValue());
                }
                learn(value);
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::learn);
        }
    }

    private void learnPerson(ObjectNode person) {
        if (person.get("distinct_ids") instanceof ArrayNode ids) {
            ids.forEach(id -> {
                if (id.isTextual()) {
                    pseudonym(id.textValue());
                }
            });
        }
        if (rules.maskPersonName() && person.path("name").isTextual()) {
            String name = person.get("name").textValue();
            scrubber.learn(name, pseudonyms.getOrDefault(name, Masks.stars(name)));
        }
        if (person.get("properties") instanceof ObjectNode properties) {
            properties.fields().forEachRemaining(p -> {
                if (rules.maskPersonProperties().contains(p.getKey().toLowerCase(Locale.ROOT)) && p.getValue().isTextual()) {
                    String value = p.getValue().textValue();
                    scrubber.learn(value, pseudonyms.getOrDefault(value, Masks.stars(value)));
                }
            });
        }
    }

    private void pseudonym(String distinctId) {
        if (rules.pseudonymiseDistinctIds() && !pseudonyms.containsKey(distinctId)) {
            String replacement = "redacted-distinct-id-" + (pseudonyms.size() + 1);
            pseudonyms.put(distinctId, replacement);
            scrubber.learn(distinctId, replacement);
        }
    }

    /** Second pass: every string through the scrubber; short identifying values replaced as whole values. */
    private void scrub(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(value(field.getKey(), field.getValue().textValue())));
                } else {
                    scrub(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(value(null, array.get(i).textValue())));
                } else {
                    scrub(array.get(i));
                }
            }
        }
    }

    private String value(String key, String value) {
        String pseudonym = pseudonyms.get(value);
        if (pseudonym != null) {
            scrubber.tally().count(Scrubber.PERSON_RULE, 1);
            return pseudonym;
        }
        boolean identifying = key != null && (rules.maskPersonProperties().contains(key.toLowerCase(Locale.ROOT))
                || rules.maskPersonName() && key.equals("name"));
        if (identifying && Masks.hasVisibleText(value) && value.length() < 4) {
            scrubber.tally().count(Scrubber.PERSON_RULE, 1);
            return Masks.stars(value);
        }
        return scrubber.text(value);
    }
}
