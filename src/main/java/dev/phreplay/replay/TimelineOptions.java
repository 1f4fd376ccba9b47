package dev.phreplay.replay;

import java.util.function.Consumer;

/**
 * How a timeline loads and seeks.
 *
 * @param posterRule rrweb's poster: when a seek lands at or before the first full snapshot (so none
 *     has been applied), the state also gets the first Meta before that snapshot (unless applied
 *     already: it sizes the page) and the first full snapshot, as rrweb shows them before playing. The events after them
 *     are still applied in order when played. Off: the state is exactly the
 *     events before the target, possibly an empty page.
 * @param progress called on the loader thread as indexing advances and when it ends
 */
public record TimelineOptions(CheckpointPolicy checkpoints, boolean posterRule, Consumer<LoadProgress> progress) {
    public static final TimelineOptions DEFAULT = new TimelineOptions(CheckpointPolicy.DEFAULT, true, p -> {});

    public TimelineOptions withCheckpoints(CheckpointPolicy policy) {
        return new TimelineOptions(policy, posterRule, progress);
    }

    public TimelineOptions withPosterRule(boolean on) {
        return new TimelineOptions(checkpoints, on, progress);
    }

    public TimelineOptions withProgress(Consumer<LoadProgress> listener) {
        return new TimelineOptions(checkpoints, posterRule, listener);
    }
}
