package dev.phreplay.ui.inspector;

import java.util.List;
import java.util.function.ToLongFunction;

/** Finds the item current at a playhead in a list sorted by time. */
final class Playhead {
    private Playhead() {}

    /** The index of the last item at or before {@code offsetMs}, or -1 when all are later. */
    static <T> int indexAt(List<T> items, ToLongFunction<T> time, long offsetMs) {
        int low = 0;
        int high = items.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (time.applyAsLong(items.get(mid)) <= offsetMs) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
