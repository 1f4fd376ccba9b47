package dev.phreplay.ui.app;

import dev.phreplay.ui.session.RecordingOpener;
import dev.phreplay.ui.session.core.CoreOpener;

/** The opener the application uses: the core's reader, timeline and mirror behind the player's ports. */
public final class Openers {
    private Openers() {}

    public static RecordingOpener standard() {
        return new CoreOpener();
    }
}
