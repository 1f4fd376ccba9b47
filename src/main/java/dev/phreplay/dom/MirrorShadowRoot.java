package dev.phreplay.dom;

/** The open shadow root of a host element. It has no id of its own: rrweb addresses it through the host. */
public final class MirrorShadowRoot extends MirrorNode {
    private final MirrorElement host;

    public MirrorShadowRoot(MirrorElement host) {
        super(Integer.MIN_VALUE);
        this.host = host;
    }

    public MirrorElement host() {
        return host;
    }
}
