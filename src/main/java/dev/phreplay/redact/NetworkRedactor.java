package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Network plugin payloads: headers dropped by name, bodies dropped or masked by URL, then every string scrubbed. */
final class NetworkRedactor {
    static final String HEADER_RULE = "dropHeader";
    static final String BODY_RULE = "networkBody";

    private final RedactionRules rules;
    private final Scrubber scrubber;

    NetworkRedactor(RedactionRules rules, Scrubber scrubber) {
        this.rules = rules;
        this.scrubber = scrubber;
    }

    void payload(ObjectNode payload) {
        JsonNode requests = payload.get("requests");
        if (requests != null && requests.isArray()) {
            for (JsonNode request : requests) {
                if (request instanceof ObjectNode object) {
                    request(object);
                }
            }
        }
        scrubber.tree(payload);
    }

    private void request(ObjectNode request) {
        headers(request.get("requestHeaders"));
        headers(request.get("responseHeaders"));
        String url = request.path("name").asText(request.path("url").asText(""));
        for (RedactionRules.BodyRule rule : rules.networkBodies()) {
            if (rule.url().matcher(url).find()) {
                if (rule.request()) {
                    body(request, "requestBody", rule.action());
                }
                if (rule.response()) {
                    body(request, "responseBody", rule.action());
                }
                return;
            }
        }
    }

    private void headers(JsonNode headers) {
        if (!(headers instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            if (rules.dropHeaders().contains(it.next().getKey().toLowerCase(Locale.ROOT))) {
                it.remove();
                scrubber.tally().count(HEADER_RULE, 1);
            }
        }
    }

    private void body(ObjectNode request, String field, RedactionRules.BodyAction action) {
        JsonNode body = request.get(field);
        if (body == null || body.isNull()) {
            return;
        }
        scrubber.tally().count(BODY_RULE, 1);
        if (action == RedactionRules.BodyAction.DROP) {
            request.remove(field);
        } else {
            request.set(field, TextNode.valueOf(Masks.stars(body.isTextual() ? body.textValue() : body.toString())));
        }
    }
}
