package dev.phreplay.event;

/** rrweb's {@code IncrementalSource}: the {@code data.source} of an incremental snapshot. */
public enum IncrementalSource {
    MUTATION, MOUSE_MOVE, MOUSE_INTERACTION, SCROLL, VIEWPORT_RESIZE, INPUT, TOUCH_MOVE, MEDIA_INTERACTION,
    STYLE_SHEET_RULE, CANVAS_MUTATION, FONT, LOG, DRAG, STYLE_DECLARATION, SELECTION, ADOPTED_STYLE_SHEET,
    CUSTOM_ELEMENT;

    private static final IncrementalSource[] BY_CODE = values();

    public int code() {
        return ordinal();
    }

    /** The rrweb name, e.g. {@code MouseMove}. */
    public String rrwebName() {
        StringBuilder out = new StringBuilder();
        for (String part : name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /** The source for a code, or {@code null} when this version does not know it. */
    public static IncrementalSource of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    public static String name(int code) {
        IncrementalSource source = of(code);
        return source == null ? "Unknown(" + code + ")" : source.rrwebName();
    }

    /** rrweb's user interaction test (skip-inactive): MouseMove through Input. */
    public boolean isUserInteraction() {
        return code() > 0 && code() <= INPUT.code();
    }
}
