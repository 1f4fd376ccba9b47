package dev.phreplay.dom;

public final class MirrorDoctype extends MirrorNode {
    private final String name;
    private final String publicId;
    private final String systemId;

    public MirrorDoctype(int id, String name, String publicId, String systemId) {
        super(id);
        this.name = name;
        this.publicId = publicId;
        this.systemId = systemId;
    }

    public String name() { return name; }

    public String publicId() { return publicId; }

    public String systemId() { return systemId; }
}
