package dev.phreplay.dom;

import dev.phreplay.dom.css.CssSheet;
import dev.phreplay.event.SerializedNode;
import java.util.Collections;
import dev.phreplay.util.AttributeMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An element, with the state rrweb keeps outside attributes: the live input value and checked
 * state, option selectedness, scroll offsets, the shadow root, an iframe's content document and
 * the CSSOM of a style element.
 */
public final class MirrorElement extends MirrorNode {
    private final String tagName;
    private final String namespace;
    private Map<String, String> attributes;
    /** True while the attribute map is shared with a copy: the first write takes a private copy. */
    private boolean attributesShared;
    private MirrorShadowRoot shadowRoot;
    private MirrorDocument contentDocument;
    private String value;
    private Boolean checked;
    private Boolean selectedness;
    private double scrollTop;
    private double scrollLeft;
    /** The serialised node this element was built from (rrweb's mirror meta). */
    SerializedNode.Element meta;
    /** The CSSOM of a style element; null until needed, dropped when its text changes. */
    CssSheet sheet;
    /** The frozen copy last given to a {@link MirrorSnapshot}, reused while this element is unchanged. */
    private MirrorElement frozen;

    /** {@code tagName} as built (script already became noscript); {@code namespace} null for HTML. */
    public MirrorElement(int id, String tagName, String namespace) {
        this(id, tagName, namespace, new AttributeMap());
    }

    private MirrorElement(int id, String tagName, String namespace, Map<String, String> attributes) {
        super(id);
        this.tagName = tagName;
        this.namespace = namespace;
        this.attributes = attributes;
    }

    public String tagName() { return tagName; }

    /** The tag name in lower case, as HTML's localName of the dump. */
    public String localName() {
        return tagName.toLowerCase(Locale.ROOT);
    }

    public boolean is(String lowerCaseTag) {
        return namespace == null && tagName.equals(lowerCaseTag);
    }

    public String namespace() { return namespace; }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** The attributes in order, without a view or an entry object per attribute. */
    public void forEachAttribute(BiConsumer<String, String> action) {
        attributes.forEach(action);
    }

    public int attributeCount() {
        return attributes.size();
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean hasAttribute(String name) {
        return attributes.containsKey(name);
    }

    public void setAttribute(String name, String value) {
        ownAttributes().put(name, value);
    }

    public void removeAttribute(String name) {
        if (attributes.containsKey(name)) {
            ownAttributes().remove(name);
        }
    }

    private Map<String, String> ownAttributes() {
        if (attributesShared) {
            attributes = AttributeMap.copyOf(attributes);
            attributesShared = false;
        }
        return attributes;
    }

    public MirrorShadowRoot shadowRoot() { return shadowRoot; }

    public MirrorShadowRoot attachShadow() {
        if (shadowRoot == null) {
            shadowRoot = new MirrorShadowRoot(this);
        }
        return shadowRoot;
    }

    void setShadowRoot(MirrorShadowRoot root) {
        this.shadowRoot = root;
    }

    public MirrorDocument contentDocument() { return contentDocument; }

    public void setContentDocument(MirrorDocument document) {
        if (contentDocument != null && contentDocument.frameElement == this) {
            contentDocument.frameElement = null;
        }
        this.contentDocument = document;
        if (document != null) {
            document.frameElement = this;
        }
    }

    /** The live value of an input, textarea or select (its dirty value), or null when only the default applies. */
    public String value() { return value; }

    public void setValue(String value) { this.value = value; }

    /** The live checked state, or null when only the attribute applies. */
    public Boolean checked() { return checked; }

    public void setChecked(Boolean checked) { this.checked = checked; }

    /** An option's live selectedness once set by script or by the select's rules; null: follows the attribute. */
    public Boolean selectedness() { return selectedness; }

    public void setSelectedness(Boolean selectedness) { this.selectedness = selectedness; }

    public double scrollTop() { return scrollTop; }

    public double scrollLeft() { return scrollLeft; }

    public void setScroll(double left, double top) {
        this.scrollLeft = left;
        this.scrollTop = top;
    }

    /** The CSSOM of this style element, parsed from its text on first use. */
    /** Whether this style element's CSSOM is held apart from its text (it was edited, or read, through the CSSOM). */
    public boolean hasSheet() {
        return sheet != null;
    }

    public CssSheet sheet() {
        if (sheet == null && is("style")) {
            sheet = CssSheet.parse(textContent());
        }
        return sheet;
    }

    /** The concatenated data of the text children. */
    public String textContent() {
        StringBuilder text = new StringBuilder();
        for (MirrorNode child : children) {
            if (child instanceof MirrorCharacterData data && data.kind() == MirrorCharacterData.Kind.TEXT) {
                text.append(data.data());
            }
        }
        return text.toString();
    }

    @Override
    void childrenChanged() {
        sheet = null;
    }

    /** A copy of this element's own state, without children, shadow root or content document. */
    /**
     * A copy of this element's own state (no children, shadow root or frame document) that nothing
     * modifies: the same one as last time while nothing it holds has changed. Attribute maps are
     * copied on write once shared, so an unchanged map is an unchanged identity.
     */
    MirrorElement frozenCopy() {
        MirrorElement copy = frozen;
        if (copy != null && sheet == null && copy.attributes == attributes && copy.meta == meta
                && copy.value == value && copy.checked == checked && copy.selectedness == selectedness
                && copy.scrollTop == scrollTop && copy.scrollLeft == scrollLeft) {
            return copy;
        }
        copy = shallowCopy();
        frozen = sheet == null ? copy : null;
        return copy;
    }

    MirrorElement shallowCopy() {
        MirrorElement copy = new MirrorElement(id(), tagName, namespace, attributes);
        attributesShared = true;
        copy.attributesShared = true;
        copy.value = value;
        copy.checked = checked;
        copy.selectedness = selectedness;
        copy.scrollTop = scrollTop;
        copy.scrollLeft = scrollLeft;
        copy.meta = meta;
        copy.sheet = sheet == null ? null : sheet.copy();
        return copy;
    }
}
