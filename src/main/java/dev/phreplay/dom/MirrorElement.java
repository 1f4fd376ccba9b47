package dev.phreplay.dom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An element, with the state rrweb keeps outside attributes: the live input value and checked
 * state, scroll offsets, the shadow root and an iframe's content document.
 */
public final class MirrorElement extends MirrorNode {
    private final String tagName;
    private final String namespace;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private MirrorShadowRoot shadowRoot;
    private MirrorDocument contentDocument;
    private String value;
    private Boolean checked;
    private double scrollTop;
    private double scrollLeft;

    /** {@code tagName} as built (script already became noscript); {@code namespace} null for HTML. */
    public MirrorElement(int id, String tagName, String namespace) {
        super(id);
        this.tagName = tagName;
        this.namespace = namespace;
    }

    public String tagName() { return tagName; }

    public String namespace() { return namespace; }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public void setAttribute(String name, String value) {
        attributes.put(name, value);
    }

    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    public MirrorShadowRoot shadowRoot() { return shadowRoot; }

    public MirrorShadowRoot attachShadow() {
        if (shadowRoot == null) {
            shadowRoot = new MirrorShadowRoot(this);
        }
        return shadowRoot;
    }

    public MirrorDocument contentDocument() { return contentDocument; }

    public void setContentDocument(MirrorDocument document) {
        this.contentDocument = document;
    }

    /** The live value of an input, textarea or select, or null when only the attribute applies. */
    public String value() { return value; }

    public void setValue(String value) { this.value = value; }

    /** The live checked state, or null when only the attribute applies. */
    public Boolean checked() { return checked; }

    public void setChecked(Boolean checked) { this.checked = checked; }

    public double scrollTop() { return scrollTop; }

    public double scrollLeft() { return scrollLeft; }

    public void setScroll(double left, double top) {
        this.scrollLeft = left;
        this.scrollTop = top;
    }
}
