package dev.phreplay.inspect;

/**
 * One moment of the activity list.
 *
 * @param t      ms after the recording's first event
 * @param title  what happened ({@code Click}, {@code Page view}, a custom event's tag...)
 * @param detail what it happened to (the clicked element and its text, the URL, the message...)
 * @param nodeId the node involved (clicks, inputs), or null
 */
public record ActivityItem(long t, long timestamp, String windowId, Kind kind, String title, String detail,
                           Integer nodeId) {
    public enum Kind {
        PAGE_VIEW, NAVIGATION, CLICK, RAGE_CLICK, DEAD_CLICK, INPUT, CONSOLE_ERROR, FAILED_REQUEST, CUSTOM_EVENT,
        INACTIVITY;

        public String label() {
            return switch (this) {
                case PAGE_VIEW -> "Page view";
                case NAVIGATION -> "Navigation";
                case CLICK -> "Click";
                case RAGE_CLICK -> "Rage click";
                case DEAD_CLICK -> "Dead click";
                case INPUT -> "Input";
                case CONSOLE_ERROR -> "Console error";
                case FAILED_REQUEST -> "Failed request";
                case CUSTOM_EVENT -> "Custom event";
                case INACTIVITY -> "Inactivity";
            };
        }
    }
}
