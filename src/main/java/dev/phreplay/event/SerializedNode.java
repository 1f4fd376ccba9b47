package dev.phreplay.event;

import java.util.List;
import java.util.Map;

/**
 * A node as rrweb serialises it (rrweb-snapshot's {@code serializedNodeWithId}).
 * Attribute values are already strings: {@code true} became {@code ""}, numbers their JavaScript
 * text, and the legacy {@code selected: false} of an option was dropped, as rrweb's rebuild does.
 */
public sealed interface SerializedNode {
    int id();

    /** The id of the iframe Document that owns this node, or {@code null} in the top document. */
    Integer rootId();

    /** True when the node is a direct child of a shadow root. */
    boolean isShadow();

    List<SerializedNode> childNodes();

    record Document(int id, List<SerializedNode> childNodes, String compatMode, Integer rootId)
            implements SerializedNode {
        public boolean isShadow() { return false; }
    }

    record Doctype(int id, String name, String publicId, String systemId, Integer rootId, boolean isShadow)
            implements SerializedNode {
        public List<SerializedNode> childNodes() { return List.of(); }
    }

    record Element(int id, String tagName, Map<String, String> attributes, List<SerializedNode> childNodes,
                   ElementFlags flags, Integer rootId, boolean isShadow) implements SerializedNode {
        public boolean isSvg() { return flags.svg(); }
        public boolean isShadowHost() { return flags.shadowHost(); }
        public boolean isCustom() { return flags.custom(); }
    }

    /** The element flags of rrweb's serialisation: isSVG, isShadowHost, isCustom and needBlock. */
    record ElementFlags(boolean svg, boolean shadowHost, boolean custom, boolean needBlock) {
        public static final ElementFlags NONE = new ElementFlags(false, false, false, false);
    }

    /** {@code isStyle} marks the legacy raw-CSS text child of a style element. */
    record Text(int id, String textContent, boolean isStyle, Integer rootId, boolean isShadow)
            implements SerializedNode {
        public List<SerializedNode> childNodes() { return List.of(); }
    }

    record Cdata(int id, String textContent, Integer rootId, boolean isShadow) implements SerializedNode {
        public List<SerializedNode> childNodes() { return List.of(); }
    }

    record Comment(int id, String textContent, Integer rootId, boolean isShadow) implements SerializedNode {
        public List<SerializedNode> childNodes() { return List.of(); }
    }
}
