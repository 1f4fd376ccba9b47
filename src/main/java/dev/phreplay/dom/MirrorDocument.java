package dev.phreplay.dom;

/** A document: the top page, or the content document of an iframe. */
public final class MirrorDocument extends MirrorNode {
    private String compatMode;

    public MirrorDocument(int id, String compatMode) {
        super(id);
        this.compatMode = compatMode;
    }

    /** rrweb records a compatMode only when it is not {@code CSS1Compat}, e.g. {@code BackCompat}. */
    public String compatMode() {
        return compatMode;
    }

    public void setCompatMode(String compatMode) {
        this.compatMode = compatMode;
    }

    /** The iframe or frame element showing this document, or null for the top document. */
    MirrorElement frameElement;

    public MirrorElement frameElement() {
        return frameElement;
    }

    private double scrollX;
    private double scrollY;

    /** The scroll position of this document's window. */
    public double scrollX() { return scrollX; }

    public double scrollY() { return scrollY; }

    public void setScroll(double x, double y) {
        this.scrollX = x;
        this.scrollY = y;
    }

    /** The root element ({@code <html>}), or null. */
    public MirrorElement documentElement() {
        for (MirrorNode child : children) {
            if (child instanceof MirrorElement element) {
                return element;
            }
        }
        return null;
    }
}
