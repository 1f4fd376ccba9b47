package dev.phreplay.ui.render;

/**
 * One frame's op list for renderer.js, {@code [["name",args…],…]}, each op tagged with the event
 * that caused it (an {@code ["ev",index]} op before the first op of each event), so a failure
 * can name the event.
 */
final class OpWriter {
    private final JsText text = new JsText(1 << 12);
    private int count;
    private int eventIndex = -1;
    private int writtenEventIndex = -2;
    private boolean hasReset;

    void tag(int index) {
        eventIndex = index;
    }

    /** Opens an op; the caller writes its arguments, each after a comma, then {@link #end()}. */
    JsText begin(String name) {
        text.raw(count == 0 ? "[" : ",");
        if (eventIndex != writtenEventIndex) {
            text.raw("[\"ev\",").number((long) eventIndex).raw("],");
            writtenEventIndex = eventIndex;
        }
        count++;
        hasReset |= name.equals("reset");
        return text.raw('[').string(name);
    }

    /** Where an open op's arguments go. */
    JsText text() {
        return text;
    }

    void end() {
        text.raw(']');
    }

    /** How many ops were written since the last drain. */
    int count() {
        return count;
    }

    /** True when the ops not yet drained draw the page whole. */
    boolean hasReset() {
        return hasReset;
    }

    /** The ops written since the last call, as one array literal, or null when there are none. */
    String drain() {
        String batch = count == 0 ? null : text + "]";
        clear();
        return batch;
    }

    void clear() {
        text.clear();
        count = 0;
        writtenEventIndex = -2;
        hasReset = false;
    }
}
