package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for typed events in tests. */
final class Events {
    private Events() {}

    static SerializedNode.Element element(int id, String tag, Map<String, String> attributes, SerializedNode... children) {
        return new SerializedNode.Element(id, tag, attributes, List.of(children), SerializedNode.ElementFlags.NONE, null, false);
    }

    static SerializedNode.Element element(int id, String tag, SerializedNode... children) {
        return element(id, tag, Map.of(), children);
    }

    static SerializedNode.Text text(int id, String text) {
        return new SerializedNode.Text(id, text, false, null, false);
    }

    /** A document 1 with html 2, head 3 and body 4 holding {@code body}. */
    static RecordedEvent.FullSnapshot page(SerializedNode... body) {
        SerializedNode.Element html = element(2, "html", element(3, "head"), element(4, "body", body));
        return new RecordedEvent.FullSnapshot(1000, new SerializedNode.Document(1, List.of(html), null, null), 0, 0);
    }

    static RecordedEvent.Incremental mutation(List<IncrementalData.Removal> removes, List<IncrementalData.Addition> adds,
                                              List<IncrementalData.TextChange> texts,
                                              List<IncrementalData.AttributeChange> attributes) {
        return new RecordedEvent.Incremental(2000, new IncrementalData.Mutation(texts, attributes, removes, adds, false));
    }

    static RecordedEvent.Incremental adds(IncrementalData.Addition... adds) {
        return mutation(List.of(), List.of(adds), List.of(), List.of());
    }

    static RecordedEvent.Incremental removes(IncrementalData.Removal... removes) {
        return mutation(List.of(removes), List.of(), List.of(), List.of());
    }

    static IncrementalData.Addition add(int parentId, Integer nextId, SerializedNode node) {
        return new IncrementalData.Addition(parentId, nextId, null, node);
    }

    static RecordedEvent.Incremental attributes(int id, Map<String, IncrementalData.AttributeValue> values) {
        return mutation(List.of(), List.of(), List.of(), List.of(new IncrementalData.AttributeChange(id, values)));
    }

    static Map<String, IncrementalData.AttributeValue> set(String... nameValues) {
        Map<String, IncrementalData.AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            values.put(nameValues[i], nameValues[i + 1] == null ? new IncrementalData.AttributeValue.Remove()
                    : new IncrementalData.AttributeValue.Set(nameValues[i + 1]));
        }
        return values;
    }

    static RecordedEvent.Incremental incremental(IncrementalData data) {
        return new RecordedEvent.Incremental(3000, data);
    }

    static List<Integer> childIds(MirrorNode node) {
        List<Integer> ids = new ArrayList<>();
        for (MirrorNode child : node.children()) {
            ids.add(child.id());
        }
        return ids;
    }
}
