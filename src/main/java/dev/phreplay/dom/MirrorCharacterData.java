package dev.phreplay.dom;

/** Text, comment and CDATA nodes. */
public final class MirrorCharacterData extends MirrorNode {
    public enum Kind { TEXT, COMMENT, CDATA }

    private final Kind kind;
    private String data;

    public MirrorCharacterData(int id, Kind kind, String data) {
        super(id);
        this.kind = kind;
        this.data = data == null ? "" : data;
    }

    public Kind kind() { return kind; }

    public String data() { return data; }

    public void setData(String data) {
        this.data = data == null ? "" : data;
        if (parent() instanceof MirrorElement element) {
            element.childrenChanged();
        }
    }
}
