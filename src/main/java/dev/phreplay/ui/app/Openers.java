package dev.phreplay.ui.app;

import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.RecordingOpener;
import java.util.List;

/** The opener the application uses: the core's reader, timeline and mirror behind the player's ports. */
public final class Openers {
    private Openers() {}

    public static RecordingOpener standard() {
        return (file, progress) -> new OpenOutcome.Rejected(file, List.of(new Finding(Finding.Severity.ERROR, "phreplay",
                "this build has no recording reader yet (the format, replay and mirror modules are not merged)")));
    }
}
