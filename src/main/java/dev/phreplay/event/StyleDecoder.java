package dev.phreplay.event;

import static dev.phreplay.event.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Decodes the style-sheet sources: StyleSheetRule, StyleDeclaration and AdoptedStyleSheet. */
final class StyleDecoder {
    private StyleDecoder() {}

    static IncrementalData.StyleSheetRule styleSheetRule(JsonNode data) throws EventDecodeException {
        List<IncrementalData.RuleIndex> removes = new ArrayList<>();
        for (JsonNode remove : array(data, "removes", "data.")) {
            removes.add(index(remove.get("index")));
        }
        return new IncrementalData.StyleSheetRule(optionalInt(data, "id"), optionalInt(data, "styleId"),
                ruleAdds(data, "adds", "data."), List.copyOf(removes), textOrNull(data, "replace"),
                textOrNull(data, "replaceSync"));
    }

    static IncrementalData.StyleDeclaration styleDeclaration(JsonNode data) {
        JsonNode set = data.get("set");
        IncrementalData.DeclarationSet declaration = set == null || !set.isObject() ? null
                : new IncrementalData.DeclarationSet(optionalString(set, "property"), optionalString(set, "value"),
                        optionalString(set, "priority"));
        JsonNode remove = data.get("remove");
        String removed = remove == null || !remove.isObject() ? null : optionalString(remove, "property");
        return new IncrementalData.StyleDeclaration(optionalInt(data, "id"), optionalInt(data, "styleId"),
                intList(data.get("index")), declaration, removed);
    }

    static IncrementalData.AdoptedStyleSheet adoptedStyleSheet(JsonNode data) throws EventDecodeException {
        List<IncrementalData.ConstructedSheet> sheets = new ArrayList<>();
        int index = 0;
        for (JsonNode style : array(data, "styles", "data.")) {
            String path = "data.styles[" + index++ + "].";
            sheets.add(new IncrementalData.ConstructedSheet(requiredInt(style, "styleId", path),
                    ruleAdds(style, "rules", path)));
        }
        return new IncrementalData.AdoptedStyleSheet(requiredInt(data, "id", "data."), List.copyOf(sheets),
                intList(data.get("styleIds")));
    }

    private static List<IncrementalData.RuleAdd> ruleAdds(JsonNode parent, String name, String path)
            throws EventDecodeException {
        List<IncrementalData.RuleAdd> adds = new ArrayList<>();
        for (JsonNode add : array(parent, name, path)) {
            String rule = optionalString(add, "rule");
            adds.add(new IncrementalData.RuleAdd(rule == null ? "" : rule, index(add.get("index"))));
        }
        return List.copyOf(adds);
    }

    static IncrementalData.RuleIndex index(JsonNode index) {
        if (index == null || index.isNull() || index.isMissingNode()) {
            return new IncrementalData.RuleIndex.None();
        }
        if (index.isArray()) {
            return new IncrementalData.RuleIndex.Nested(intList(index));
        }
        return index.isNumber() ? new IncrementalData.RuleIndex.Flat(index.asInt()) : new IncrementalData.RuleIndex.None();
    }

    private static String textOrNull(JsonNode data, String name) {
        JsonNode value = data.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
