package dev.phreplay.ui.session;

/** Something worth jumping to, drawn on the timeline; {@code detail} is its tooltip. */
public record TimelineMarker(long offset, Kind kind, String label, String detail) {
    public enum Kind {
        CLICK("Click"), RAGE_CLICK("Rage click"), NAVIGATION("Navigation"), CONSOLE_ERROR("Console error"),
        FAILED_REQUEST("Failed request"), CUSTOM("Custom event");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
