package dev.phreplay.ui.inspector;

import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the current row in view while playing, scrolling only when it has left the visible rows,
 * and at most once per pulse: a scroll lays the list out at once, which many playhead moves in one
 * pulse must not repeat.
 */
final class FollowPlayhead {
    private static final String PENDING = FollowPlayhead.class.getName();

    private FollowPlayhead() {}

    static void reveal(Control view, int index) {
        if (index < 0) {
            return;
        }
        Object previous = view.getProperties().put(PENDING, index);
        if (previous == null) {
            Platform.runLater(() -> {
                Object pending = view.getProperties().remove(PENDING);
                if (pending instanceof Integer latest) {
                    revealNow(view, latest);
                }
            });
        }
    }

    /** Hidden views (tabs in the background) do not scroll; their panel reveals the current row when shown. */
    private static boolean shown(javafx.scene.Node view) {
        for (javafx.scene.Node node = view; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return view.getScene() != null;
    }

    private static void revealNow(Control view, int index) {
        if (!shown(view)) {
            return;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
        if (flow != null) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        int target = Math.max(0, index - 2);
        switch (view) {
            case ListView<?> list -> list.scrollTo(target);
            case TableView<?> table -> table.scrollTo(target);
            default -> { }
        }
    }
}
