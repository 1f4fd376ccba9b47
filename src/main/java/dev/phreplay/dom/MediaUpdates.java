package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;

/** rrweb's MediaManager.mediaMutation: the play state and properties of audio and video elements. */
final class MediaUpdates {
    private static final int PLAY = 0;
    private static final int PAUSE = 1;

    private MediaUpdates() {}

    static void apply(Mirror mirror, IncrementalData.MediaInteraction interaction) {
        if (!(mirror.nodes.get(interaction.id()) instanceof MirrorElement element)) {
            mirror.skipped.count(SkipCounters.Reason.TARGET_MISSING);
            return;
        }
        MediaState previous = mirror.media.getOrDefault(interaction.id(), MediaState.INITIAL);
        boolean playing = interaction.type() == PLAY
                || (interaction.type() != PAUSE && (previous.playing() || element.hasAttribute("autoplay")));
        MediaState next = new MediaState(playing,
                interaction.currentTime() != null ? interaction.currentTime() : previous.positionAt(mirror.currentTime),
                mirror.currentTime,
                interaction.playbackRate() != null ? interaction.playbackRate() : previous.playbackRate(),
                interaction.loop() != null ? interaction.loop() : previous.loop(),
                interaction.volume() != null ? interaction.volume() : previous.volume(),
                interaction.muted() != null ? interaction.muted() : previous.muted());
        mirror.media.put(interaction.id(), next);
        for (MirrorListener listener : mirror.listeners) {
            listener.mediaChanged(element, next);
        }
    }
}
