package dev.phreplay.ui.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.Namespaces;
import java.util.Iterator;
import java.util.Map;

/** Builds a mirror by hand from a dump (an oracle golden): the renderer must reproduce that dump. */
public final class OracleMirror {
    private int nextId = 1;

    public static MirrorDocument build(JsonNode snapshot) {
        OracleMirror builder = new OracleMirror();
        MirrorDocument document = (MirrorDocument) builder.node(snapshot.get("dom"));
        for (JsonNode input : snapshot.path("inputs")) {
            MirrorElement element = find(document, input.get("path").asText());
            if (element != null) {
                element.setValue(input.get("value").asText());
                if (input.has("checked")) {
                    element.setChecked(input.get("checked").asBoolean());
                }
            }
        }
        return document;
    }

    private MirrorNode node(JsonNode json) {
        int id = nextId++;
        return switch (json.get("type").asText()) {
            case "document" -> children(new MirrorDocument(id, null), json.get("children"));
            case "doctype" -> new MirrorDoctype(id, json.get("name").asText(), json.get("publicId").asText(),
                    json.get("systemId").asText());
            case "text" -> new MirrorCharacterData(id, MirrorCharacterData.Kind.TEXT, json.get("text").asText());
            case "comment" -> new MirrorCharacterData(id, MirrorCharacterData.Kind.COMMENT, json.get("text").asText());
            case "cdata" -> new MirrorCharacterData(id, MirrorCharacterData.Kind.CDATA, json.get("text").asText());
            case "element" -> element(id, json);
            default -> throw new IllegalArgumentException("unknown node type " + json.get("type"));
        };
    }

    private MirrorNode element(int id, JsonNode json) {
        MirrorElement element = new MirrorElement(id, json.get("tag").asText(), namespace(json.path("ns").asText(null)));
        Iterator<Map.Entry<String, JsonNode>> attributes = json.get("attrs").fields();
        while (attributes.hasNext()) {
            Map.Entry<String, JsonNode> attribute = attributes.next();
            element.setAttribute(attribute.getKey(), attribute.getValue().asText());
        }
        children(element, json.get("children"));
        if (json.has("shadowRoot")) {
            children(element.attachShadow(), json.get("shadowRoot"));
        }
        JsonNode content = json.get("contentDocument");
        if (content != null && !content.isNull()) {
            element.setContentDocument((MirrorDocument) node(content));
        }
        return element;
    }

    private <N extends MirrorNode> N children(N parent, JsonNode children) {
        for (JsonNode child : children) {
            parent.appendChild(node(child));
        }
        return parent;
    }

    private static String namespace(String ns) {
        if (ns == null) {
            return null;
        }
        return switch (ns) {
            case "svg" -> Namespaces.SVG;
            case "math" -> Namespaces.MATHML;
            default -> ns;
        };
    }

    /** Follows a dump path such as {@code /html[1]/body[1]/input[2]}. */
    public static MirrorElement find(MirrorNode root, String path) {
        MirrorNode at = root;
        for (String step : path.substring(1).split("/")) {
            if (step.equals("#shadow-root")) {
                at = ((MirrorElement) at).shadowRoot();
                continue;
            }
            if (step.equals("#document")) {
                at = ((MirrorElement) at).contentDocument();
                continue;
            }
            String tag = step.substring(0, step.indexOf('['));
            int n = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
            at = nth(at, tag, n);
            if (at == null) {
                return null;
            }
        }
        return (MirrorElement) at;
    }

    private static MirrorNode nth(MirrorNode parent, String tag, int n) {
        int seen = 0;
        for (MirrorNode child : parent.children()) {
            if (child instanceof MirrorElement e && e.tagName().equalsIgnoreCase(tag) && ++seen == n) {
                return child;
            }
        }
        return null;
    }
}
