package dev.phreplay.ui.inspector;

import java.util.function.LongConsumer;

/** What the player shell needs of a dockable inspector panel. Call from the FX thread. */
public interface InspectorPanel {
    /** The playhead moved (ms after the recording's first event): highlight what is current. */
    void setPlayhead(long offsetMs);

    /** Called with an offset (ms after the first event) when the user picks an item to jump to. */
    void onSeek(LongConsumer seek);
}
