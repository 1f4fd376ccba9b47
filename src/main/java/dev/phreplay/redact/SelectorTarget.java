package dev.phreplay.redact;

/** An element as a selector sees it: its tag, its attributes and its parent element. */
public interface SelectorTarget {
    /** Lower-case tag name; null for nodes that are not elements. */
    String tagName();

    /** The attribute's value as text, or null when absent. Names are lower-case. */
    String attribute(String name);

    /** The parent element (shadow hosts and iframe elements count), or null at the top. */
    SelectorTarget parent();
}
