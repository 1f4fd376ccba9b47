package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts one window's DOM events: full snapshots, mutations, input and canvas events. It keeps a
 * {@link NodeTable} of the live DOM so that a node masked or blocked once is treated the same in
 * every later event: text and attribute changes, added descendants, input values.
 */
final class DomRedactor {
    static final String MASK_TEXT_RULE = "maskText";
    static final String BLOCK_RULE = "block";
    static final String MASK_INPUT_RULE = "maskInput";
    static final String DROP_ATTRIBUTE_RULE = "dropAttribute";

    private static final Set<String> INPUT_TAGS = Set.of("input", "textarea", "select");
    /** Input types whose value is a visible label, not something the user typed. */
    private static final Set<String> LABEL_INPUT_TYPES = Set.of("submit", "button", "reset", "image");
    /** Attributes that hold text a person reads, masked inside masked elements. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "aria-description",
            "label", "value", "content");
    /** Attributes holding style, geometry or binary data: patterns would only corrupt them. */
    private static final Set<String> OPAQUE_ATTRIBUTES = Set.of("_csstext", "rr_dataurl", "style", "d", "points", "viewbox",
            "transform", "rr_width", "rr_height", "rr_scrollleft", "rr_scrolltop", "rr_mediacurrenttime");
    private static final Set<String> UNMASKED_TEXT_PARENTS = Set.of("style", "script");
    private static final Pattern STYLE_SIZE = Pattern.compile("(?:^|;)\\s*(width|height)\\s*:\\s*([^;!]+)", Pattern.CASE_INSENSITIVE);

    private final RedactionRules rules;
    private final Scrubber scrubber;
    private final Tally tally;
    private final NodeTable table;

    DomRedactor(RedactionRules rules, Scrubber scrubber) {
        this.rules = rules;
        this.scrubber = scrubber;
        this.tally = scrubber.tally();
        this.table = new NodeTable(rules.selectorAttributes(), this::evaluate);
    }

    int trackedNodes() {
        return table.size();
    }

    /** The flags a node earns by itself from the selectors and input rules. */
    private int evaluate(NodeTable nodes, int id) {
        NodeTable.Node node = nodes.node(id);
        if (node == null || node.tag == null) {
            return 0;
        }
        SelectorTarget target = nodes.target(id);
        int flags = 0;
        if (matchesAny(rules.maskTextSelectors(), target)) {
            flags |= NodeTable.MASK_TEXT;
        }
        if (matchesAny(rules.blockSelectors(), target)) {
            flags |= NodeTable.BLOCKED;
        }
        if (INPUT_TAGS.contains(node.tag) && (rules.maskAllInputs() || matchesAny(rules.maskInputSelectors(), target))) {
            flags |= NodeTable.MASK_INPUT;
        }
        return flags;
    }

    private static boolean matchesAny(List<CssSelector> selectors, SelectorTarget target) {
        for (CssSelector selector : selectors) {
            if (selector.matches(target)) {
                return true;
            }
        }
        return false;
    }

    // ---- full snapshot -------------------------------------------------------------------------

    void fullSnapshot(ObjectNode data) {
        table.clear();
        JsonNode root = data.get("node");
        if (root instanceof ObjectNode node) {
            register(node, NodeTable.NO_PARENT);
            transform(node, 0, null);
        }
    }

    /** Registers a node and its serialized descendants in the table. */
    private void register(ObjectNode root, int parent) {
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, parent});
        while (!stack.isEmpty()) {
            Object[] item = stack.pop();
            ObjectNode node = (ObjectNode) item[0];
            JsonNode id = node.get("id");
            if (id == null || !id.isNumber()) {
                continue;
            }
            int type = node.path("type").asInt(-1);
            String tag = type == 2 ? node.path("tagName").asText("").toLowerCase(Locale.ROOT) : null;
            table.register(id.asInt(), (Integer) item[1], type, tag, node.get("attributes"));
            JsonNode children = node.get("childNodes");
            if (children != null && children.isArray()) {
                for (JsonNode child : children) {
                    if (child instanceof ObjectNode childObject) {
                        stack.push(new Object[] {childObject, id.asInt()});
                    }
                }
            }
        }
    }

    private enum Outcome { KEPT, BLOCKED, DROPPED }

    /**
     * Redacts a registered node and its children in place.
     *
     * @param inherited {@link NodeTable#E_MASKED} / {@link NodeTable#E_HIDDEN} from the ancestors
     * @param parentTag the parent element's tag, for text nodes
     */
    private Outcome transform(ObjectNode node, int inherited, String parentTag) {
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isNumber()) {
            scrubber.tree(node);
            return Outcome.KEPT;
        }
        int id = idNode.asInt();
        if ((inherited & NodeTable.E_HIDDEN) != 0) {
            table.addFlags(id, NodeTable.HIDDEN);
            return Outcome.DROPPED;
        }
        int own = table.own(id);
        if ((own & NodeTable.HIDDEN) != 0) {
            return Outcome.DROPPED;
        }
        if ((own & NodeTable.BLOCKED) != 0 && node.path("type").asInt() == 2) {
            placeholder(node);
            tally.count(BLOCK_RULE, 1);
            return Outcome.BLOCKED;
        }
        boolean masked = (inherited & NodeTable.E_MASKED) != 0 || (own & NodeTable.MASK_TEXT) != 0;
        if (masked) {
            table.addFlags(id, NodeTable.MASK_TEXT);
        }
        switch (node.path("type").asInt(-1)) {
            case 2 -> element(node, id, masked, own);
            case 3, 4, 5 -> textContent(node, masked, parentTag, inherited);
            default -> children(node, masked ? NodeTable.E_MASKED : 0, null);
        }
        return Outcome.KEPT;
    }

    private void element(ObjectNode node, int id, boolean masked, int own) {
        String tag = node.path("tagName").asText("").toLowerCase(Locale.ROOT);
        if (node.get("attributes") instanceof ObjectNode attributes) {
            attributes(attributes, tag, masked, maskInputValue(tag, own, masked, attributes.path("type").asText("")));
        }
        int childFlags = masked ? NodeTable.E_MASKED : 0;
        if (tag.equals("textarea") && (own & NodeTable.MASK_INPUT) != 0) {
            childFlags |= NodeTable.E_INPUT;
        }
        children(node, childFlags, tag);
    }

    /** Documents and elements: each child redacted, the dropped ones removed. */
    private void children(ObjectNode node, int childFlags, String tag) {
        if (node.get("childNodes") instanceof ArrayNode children) {
            for (Iterator<JsonNode> it = children.iterator(); it.hasNext(); ) {
                if (it.next() instanceof ObjectNode child && transform(child, childFlags, tag) == Outcome.DROPPED) {
                    it.remove();
                }
            }
        }
    }

    private boolean maskInputValue(String tag, int own, boolean masked, String type) {
        boolean input = (own & NodeTable.MASK_INPUT) != 0 || (masked && INPUT_TAGS.contains(tag));
        return input && !(tag.equals("input") && LABEL_INPUT_TYPES.contains(type.toLowerCase(Locale.ROOT)));
    }

    private void textContent(ObjectNode node, boolean masked, String parentTag, int inherited) {
        JsonNode text = node.get("textContent");
        if (text != null && text.isTextual()) {
            node.set("textContent", TextNode.valueOf(text(text.textValue(), masked, parentTag, (inherited & NodeTable.E_INPUT) != 0)));
        }
    }

    /** A text node's new text: masked, masked as an input value (a textarea's), or scrubbed. */
    private String text(String value, boolean masked, String parentTag, boolean inputText) {
        boolean styleOrScript = parentTag != null && UNMASKED_TEXT_PARENTS.contains(parentTag);
        if (inputText && !value.isEmpty()) {
            tally.count(MASK_INPUT_RULE, 1);
            return Masks.input(value);
        }
        if (masked && !styleOrScript && Masks.hasVisibleText(value)) {
            tally.count(MASK_TEXT_RULE, 1);
            return Masks.stars(value);
        }
        return styleOrScript ? value : scrubber.text(value);
    }

    /** Redacts an element's attributes in place (snapshots, added nodes and attribute mutations). */
    private void attributes(ObjectNode attributes, String tag, boolean masked, boolean maskInput) {
        for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (rules.dropAttributes().contains(name)) {
                it.remove();
                tally.count(DROP_ATTRIBUTE_RULE, 1);
                continue;
            }
            JsonNode value = field.getValue();
            if (!value.isTextual() || value.textValue().isEmpty()) {
                continue;
            }
            String text = value.textValue();
            String result;
            if (name.equals("value") && maskInput) {
                tally.count(MASK_INPUT_RULE, 1);
                result = Masks.input(text);
            } else if (masked && TEXT_ATTRIBUTES.contains(name) && Masks.hasVisibleText(text)) {
                tally.count(MASK_TEXT_RULE, 1);
                result = Masks.stars(text);
            } else if (OPAQUE_ATTRIBUTES.contains(name) || text.startsWith("data:")) {
                continue;
            } else {
                result = scrubber.text(text);
            }
            if (!result.equals(text)) {
                field.setValue(TextNode.valueOf(result));
            }
        }
    }

    /** rrweb's blocked element: same tag, class rr-block, the known size, no other attributes, no children. */
    private static void placeholder(ObjectNode node) {
        JsonNode old = node.get("attributes");
        ObjectNode attributes = node.objectNode();
        attributes.put("class", "rr-block");
        String width = old == null ? null : textOrNull(old.get("rr_width"));
        String height = old == null ? null : textOrNull(old.get("rr_height"));
        String style = old == null ? null : textOrNull(old.get("style"));
        if (style != null) {
            Matcher matcher = STYLE_SIZE.matcher(style);
            while (matcher.find()) {
                String size = matcher.group(2).trim();
                if (matcher.group(1).equalsIgnoreCase("width") && width == null) {
                    width = size;
                } else if (matcher.group(1).equalsIgnoreCase("height") && height == null) {
                    height = size;
                }
            }
        }
        if (width != null) {
            attributes.put("rr_width", width);
        }
        if (height != null) {
            attributes.put("rr_height", height);
        }
        node.set("attributes", attributes);
        node.set("childNodes", node.arrayNode());
        node.remove(List.of("isShadowHost", "isCustom", "needBlock"));
    }

    private static String textOrNull(JsonNode node) {
        return node != null && (node.isTextual() || node.isNumber()) ? node.asText() : null;
    }

    // ---- mutations -----------------------------------------------------------------------------

    void mutation(ObjectNode data) {
        // Class and id changes count for the texts and adds of the same mutation too, whatever the replay order.
        if (data.get("attributes") instanceof ArrayNode attributes) {
            attributes.forEach(this::learnAttributes);
        }
        if (data.get("removes") instanceof ArrayNode removes) {
            removes(removes);
        }
        if (data.get("adds") instanceof ArrayNode adds) {
            adds(adds);
        }
        if (data.get("texts") instanceof ArrayNode texts) {
            texts(texts);
        }
        if (data.get("attributes") instanceof ArrayNode attributes) {
            attributeMutations(attributes);
        }
    }

    private void removes(ArrayNode removes) {
        for (Iterator<JsonNode> it = removes.iterator(); it.hasNext(); ) {
            JsonNode remove = it.next();
            int id = remove.path("id").asInt(Integer.MIN_VALUE);
            int effective = table.effective(id);
            if ((effective & NodeTable.E_HIDDEN) != 0) {
                it.remove();
                tally.count(BLOCK_RULE, 1);
            } else {
                table.detach(id);
            }
        }
    }

    private void adds(ArrayNode adds) {
        // Descendants of an added subtree come as separate entries in any order: register all, then decide.
        for (JsonNode add : adds) {
            if (add.get("node") instanceof ObjectNode node && add.path("parentId").isNumber()) {
                register(node, add.get("parentId").asInt());
            }
        }
        for (Iterator<JsonNode> it = adds.iterator(); it.hasNext(); ) {
            JsonNode add = it.next();
            if (!(add.get("node") instanceof ObjectNode node)) {
                continue;
            }
            int parentId = add.path("parentId").asInt(Integer.MIN_VALUE);
            int parent = table.effective(parentId);
            int inherited = (parent & (NodeTable.E_HIDDEN | NodeTable.E_BLOCKED)) != 0 ? NodeTable.E_HIDDEN : 0;
            inherited |= parent & NodeTable.E_MASKED;
            String parentTag = table.node(parentId) == null ? null : table.node(parentId).tag;
            if ("textarea".equals(parentTag) && (parent & NodeTable.E_INPUT) != 0) {
                inherited |= NodeTable.E_INPUT;
            }
            if (transform(node, inherited, parentTag) == Outcome.DROPPED) {
                it.remove();
                tally.count(BLOCK_RULE, 1);
            }
        }
    }

    private void texts(ArrayNode texts) {
        for (Iterator<JsonNode> it = texts.iterator(); it.hasNext(); ) {
            if (!(it.next() instanceof ObjectNode text)) {
                continue;
            }
            int id = text.path("id").asInt(Integer.MIN_VALUE);
            int effective = table.effective(id);
            if ((effective & (NodeTable.E_HIDDEN | NodeTable.E_BLOCKED)) != 0) {
                it.remove();
                tally.count(BLOCK_RULE, 1);
                continue;
            }
            JsonNode value = text.get("value");
            if (value == null || !value.isTextual()) {
                continue;
            }
            boolean masked = (effective & NodeTable.E_MASKED) != 0;
            if (masked) {
                table.addFlags(id, NodeTable.MASK_TEXT);
            }
            int parentId = table.parentOf(id);
            boolean inputText = "textarea".equals(table.parentTag(id)) && (table.effective(parentId) & NodeTable.E_INPUT) != 0;
            text.set("value", TextNode.valueOf(text(value.textValue(), masked, table.parentTag(id), inputText)));
        }
    }

    private void attributeMutations(ArrayNode mutations) {
        for (Iterator<JsonNode> it = mutations.iterator(); it.hasNext(); ) {
            if (!(it.next() instanceof ObjectNode mutation) || !(mutation.get("attributes") instanceof ObjectNode attributes)) {
                continue;
            }
            int id = mutation.path("id").asInt(Integer.MIN_VALUE);
            if (blockedOrHidden(id)) {
                it.remove();
                tally.count(BLOCK_RULE, 1);
                continue;
            }
            learnAttributes(mutation);
            // A node that starts to match a block selector is blocked from this change on.
            if (blockedOrHidden(id)) {
                it.remove();
                tally.count(BLOCK_RULE, 1);
                continue;
            }
            int effective = table.effective(id);
            NodeTable.Node node = table.node(id);
            String tag = node == null ? "" : node.tag == null ? "" : node.tag;
            boolean masked = (effective & NodeTable.E_MASKED) != 0;
            String type = node == null || node.attribute("type") == null ? "" : node.attribute("type");
            boolean maskInput = maskInputValue(tag, table.own(id), masked, type) || (node == null && rules.maskAllInputs());
            attributes(attributes, tag, masked, maskInput);
        }
    }

    private void learnAttributes(JsonNode mutation) {
        if (mutation.get("attributes") instanceof ObjectNode attributes) {
            int id = mutation.path("id").asInt(Integer.MIN_VALUE);
            attributes.fields().forEachRemaining(f -> {
                JsonNode v = f.getValue();
                table.attributeChanged(id, f.getKey().toLowerCase(Locale.ROOT), NodeTable.valueText(v));
            });
        }
    }

    private boolean blockedOrHidden(int id) {
        return (table.effective(id) & (NodeTable.E_HIDDEN | NodeTable.E_BLOCKED)) != 0;
    }

    // ---- input and canvas ----------------------------------------------------------------------

    void input(ObjectNode data) {
        JsonNode text = data.get("text");
        if (text == null || !text.isTextual() || text.textValue().isEmpty()) {
            return;
        }
        int effective = table.effective(data.path("id").asInt(Integer.MIN_VALUE));
        boolean mask = rules.maskAllInputs() || (effective & (NodeTable.E_INPUT | NodeTable.E_MASKED | NodeTable.E_HIDDEN | NodeTable.E_BLOCKED)) != 0;
        if (mask) {
            tally.count(MASK_INPUT_RULE, 1);
            data.put("text", Masks.input(text.textValue()));
        } else {
            data.put("text", scrubber.text(text.textValue()));
        }
    }

    /** Drawing commands for a blocked canvas (or one inside a blocked element) are removed. */
    void canvas(ObjectNode data) {
        if (blockedOrHidden(data.path("id").asInt(Integer.MIN_VALUE))) {
            data.remove(List.of("property", "args", "setter"));
            data.set("commands", data.arrayNode());
            tally.count(BLOCK_RULE, 1);
        }
    }
}
