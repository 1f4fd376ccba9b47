package dev.phreplay.replay;

import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorSnapshot;
import dev.phreplay.event.RecordedEvent;

/**
 * The mirror as a replay state: what the player, {@code phreplay bench} and the seeking tests replay
 * into. A copy is a deep {@link Mirror#copy()}, without the mirror's listeners: a seeker that
 * restores a checkpoint says so with {@link SeekListener#stateReplaced}.
 */
public record MirrorState(Mirror mirror) implements ReplayState<MirrorState> {
    public MirrorState() {
        this(new Mirror());
    }

    @Override
    public void apply(RecordedEvent event) {
        mirror.apply(event);
    }

    @Override
    public MirrorState copy() {
        return new MirrorState(mirror.copy());
    }

    /** A compact {@link MirrorSnapshot}: a checkpoint then costs a fraction of a deep copy's heap. */
    @Override
    public Frozen<MirrorState> freeze() {
        MirrorSnapshot snapshot = MirrorSnapshot.of(mirror);
        return () -> new MirrorState(snapshot.restore());
    }
}
