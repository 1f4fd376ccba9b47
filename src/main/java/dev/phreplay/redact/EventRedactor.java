package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Redacts the events of one window, one event at a time and in order (the DOM state that masking
 * and blocking depend on is carried from event to event). Compressed events are expanded first.
 */
public final class EventRedactor {
    private final DomRedactor dom;
    private final NetworkRedactor network;
    private final Scrubber scrubber;

    EventRedactor(RedactionRules rules, Scrubber scrubber) {
        this.scrubber = scrubber;
        this.dom = new DomRedactor(rules, scrubber);
        this.network = new NetworkRedactor(rules, scrubber);
    }

    /** Redacts {@code event} in place. */
    public void redact(ObjectNode event) throws RedactionException {
        CompressedEvents.expand(event);
        JsonNode data = event.get("data");
        if (!(data instanceof ObjectNode object)) {
            if (data != null && data.isTextual()) {
                event.set("data", TextNode.valueOf(scrubber.text(data.textValue())));
            }
            return;
        }
        switch (event.path("type").asInt(-1)) {
            case 2 -> {
                if (object.has("node")) {
                    dom.fullSnapshot(object);
                } else {
                    scrubber.tree(object);
                }
            }
            case 3 -> incremental(object);
            case 4, 5 -> scrubber.tree(object);
            case 6 -> plugin(object);
            case 7 -> scrubUrl(object);
            default -> scrubber.tree(object);
        }
    }

    private void incremental(ObjectNode data) {
        switch (data.path("source").asInt(-1)) {
            case 0 -> dom.mutation(data);
            case 5 -> dom.input(data);
            case 9 -> dom.canvas(data);
            case 11 -> scrubber.tree(data);
            default -> { }
        }
    }

    private void plugin(ObjectNode data) {
        JsonNode payload = data.get("payload");
        if ("rrweb/network@1".equals(data.path("plugin").asText()) && payload instanceof ObjectNode object) {
            network.payload(object);
        } else if (payload != null && payload.isTextual()) {
            data.put("payload", scrubber.text(payload.textValue()));
        } else if (payload != null) {
            scrubber.tree(payload);
        }
    }

    private void scrubUrl(ObjectNode data) {
        JsonNode url = data.get("url");
        if (url != null && url.isTextual()) {
            data.put("url", scrubber.text(url.textValue()));
        }
    }

    int trackedNodes() {
        return dom.trackedNodes();
    }
}
