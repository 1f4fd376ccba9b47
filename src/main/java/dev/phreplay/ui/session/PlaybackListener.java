package dev.phreplay.ui.session;

import dev.phreplay.dom.MirrorListener;

/** The mirror's changes, plus which event is being applied, so a failure can name it. */
public interface PlaybackListener extends MirrorListener {
    default void eventApplying(int eventIndex) {}
}
