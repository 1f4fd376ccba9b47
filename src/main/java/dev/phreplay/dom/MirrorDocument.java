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
}
