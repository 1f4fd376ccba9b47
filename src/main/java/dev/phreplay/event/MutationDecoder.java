package dev.phreplay.event;

import static dev.phreplay.event.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes a Mutation's texts, attributes, removes and adds. */
final class MutationDecoder {
    private MutationDecoder() {}

    static IncrementalData.Mutation decode(JsonNode data) throws EventDecodeException {
        return new IncrementalData.Mutation(texts(data), attributes(data), removes(data), adds(data),
                isTrue(data, "isAttachIframe"));
    }

    private static List<IncrementalData.TextChange> texts(JsonNode data) throws EventDecodeException {
        List<IncrementalData.TextChange> texts = new ArrayList<>();
        int index = 0;
        for (JsonNode text : array(data, "texts", "data.")) {
            String path = "data.texts[" + index++ + "].";
            JsonNode value = text.get("value");
            texts.add(new IncrementalData.TextChange(requiredInt(text, "id", path),
                    value == null || value.isNull() ? null : scalarText(value)));
        }
        return List.copyOf(texts);
    }

    private static List<IncrementalData.AttributeChange> attributes(JsonNode data) throws EventDecodeException {
        List<IncrementalData.AttributeChange> changes = new ArrayList<>();
        int index = 0;
        for (JsonNode change : array(data, "attributes", "data.")) {
            String path = "data.attributes[" + index++ + "].";
            int id = requiredInt(change, "id", path);
            Map<String, IncrementalData.AttributeValue> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : change.path("attributes").properties()) {
                values.put(entry.getKey(), attributeValue(entry.getValue()));
            }
            changes.add(new IncrementalData.AttributeChange(id, Collections.unmodifiableMap(values)));
        }
        return List.copyOf(changes);
    }

    private static IncrementalData.AttributeValue attributeValue(JsonNode value) {
        if (value.isNull()) {
            return new IncrementalData.AttributeValue.Remove();
        }
        if (value.isObject()) {
            return new IncrementalData.AttributeValue.StyleObject(styleObject(value));
        }
        if (value.isBoolean() && value.booleanValue()) {
            return new IncrementalData.AttributeValue.Set("");
        }
        String text = scalarText(value);
        return new IncrementalData.AttributeValue.Set(text != null ? text : value.toString());
    }

    private static Map<String, IncrementalData.StyleProperty> styleObject(JsonNode value) {
        Map<String, IncrementalData.StyleProperty> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode property = entry.getValue();
            if (property.isArray()) {
                properties.put(entry.getKey(), new IncrementalData.StyleProperty(
                        scalarText(property.path(0)), property.size() > 1 ? scalarText(property.path(1)) : null));
            } else if (property.isBoolean() && !property.booleanValue()) {
                properties.put(entry.getKey(), new IncrementalData.StyleProperty(null, null));
            } else {
                properties.put(entry.getKey(), new IncrementalData.StyleProperty(scalarText(property), null));
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    private static List<IncrementalData.Removal> removes(JsonNode data) throws EventDecodeException {
        List<IncrementalData.Removal> removes = new ArrayList<>();
        int index = 0;
        for (JsonNode remove : array(data, "removes", "data.")) {
            String path = "data.removes[" + index++ + "].";
            removes.add(new IncrementalData.Removal(intOr(remove, "parentId", -1), requiredInt(remove, "id", path),
                    isTrue(remove, "isShadow")));
        }
        return List.copyOf(removes);
    }

    private static List<IncrementalData.Addition> adds(JsonNode data) throws EventDecodeException {
        List<IncrementalData.Addition> adds = new ArrayList<>();
        int index = 0;
        for (JsonNode add : array(data, "adds", "data.")) {
            String path = "data.adds[" + index++ + "]";
            SerializedNode node = NodeDecoder.decode(add.get("node"), path + ".node");
            adds.add(new IncrementalData.Addition(requiredInt(add, "parentId", path + "."), optionalInt(add, "nextId"),
                    optionalInt(add, "previousId"), node));
        }
        return List.copyOf(adds);
    }
}
