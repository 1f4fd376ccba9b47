package dev.phreplay.ui.inspector;

import java.util.function.LongConsumer;
import javafx.scene.layout.BorderPane;

/**
 * A list panel whose current row follows the playhead: the seek hook its rows jump through, and
 * whether (and how) the current row is scrolled into view. {@code T} is the type of a row.
 */
abstract class FollowingPanel<T> extends BorderPane implements InspectorPanel {
    final SeekHook seek = new SeekHook();
    private boolean follow = true;

    @Override
    public void onSeek(LongConsumer seek) {
        this.seek.set(seek);
    }

    /** Whether the current row is scrolled into view as the playhead moves (on by default). */
    public void setFollowPlayhead(boolean follow) {
        this.follow = follow;
    }

    /** Scrolls the current row into view, e.g. when the panel is shown again. */
    public void revealCurrent() {
        followCurrent(current());
    }

    /** To be called when the current row changes. */
    final void followCurrent(T row) {
        if (follow && row != null) {
            reveal(row);
        }
    }

    /** The row at the playhead, or null. */
    abstract T current();

    /** Scrolls {@code row} into view. */
    abstract void reveal(T row);
}
