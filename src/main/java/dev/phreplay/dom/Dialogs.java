package dev.phreplay.dom;

/** The open state of a {@code <dialog>} as rrweb replays it ({@code rr_open_mode}). */
public final class Dialogs {
    private Dialogs() {}

    /** "modal" (showModal), "non-modal" (show), or null when the dialog is closed or not a dialog. */
    public static String openMode(MirrorElement element) {
        if (element == null || !element.is("dialog") || !element.hasAttribute("open")) {
            return null;
        }
        return "modal".equals(element.attribute("rr_open_mode")) ? "modal" : "non-modal";
    }
}
