package dev.phreplay.dom;

import java.util.List;

/**
 * What changed in the mirror, in the order it changed, so that a renderer can project the
 * changes instead of the whole tree. A full snapshot or a seek is one {@link #documentRebuilt}.
 * Every method has an empty default so a listener implements only what it shows.
 */
public interface MirrorListener {
    /** The whole tree was replaced (full snapshot, seek): render everything again. */
    default void documentRebuilt(MirrorDocument document) {}

    /** {@code node} and its finished subtree were inserted under {@code parent} before {@code before} (null: appended). */
    default void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) {}

    default void nodeRemoved(MirrorNode parent, MirrorNode node) {}

    /** An iframe got a new content document (rrweb's isAttachIframe), built completely. */
    default void frameDocumentAttached(MirrorElement frame, MirrorDocument document) {}

    /** {@code value} null means the attribute was removed. */
    default void attributeChanged(MirrorElement element, String name, String value) {}

    default void characterDataChanged(MirrorCharacterData node) {}

    /** The live value or checked state of an input, textarea or select changed. */
    default void inputChanged(MirrorElement element) {}

    /** {@code target} is a document (window scroll) or an element. */
    default void scrollChanged(MirrorNode target, double left, double top) {}

    /** The CSSOM of a style element or of a constructed/adopted sheet changed. */
    default void styleSheetsChanged(MirrorNode owner) {}

    /**
     * The sheets a document or a shadow host adopted, or their rules, changed: {@code cssTexts}
     * are all of them now, in order.
     */
    default void adoptedSheetsChanged(MirrorNode host, List<String> cssTexts) {}

    default void viewportResized(int width, int height) {}

    /** The pointer moved to (x, y) in the coordinates of the target's document; {@code targetId} is hovered. */
    default void pointerMoved(double x, double y, int targetId) {}

    /** A click-like interaction (rrweb's cursor ripple). */
    default void clicked(double x, double y, int targetId) {}

    /** A media element's play state, time, rate, volume or loop changed. */
    default void mediaChanged(MirrorElement media, MediaState state) {}

    /** A canvas got a new latest image. */
    default void canvasChanged(MirrorElement canvas, CanvasImage image) {}

    /** The selection changed. */
    default void selectionChanged(SelectionState selection) {}
}
