package dev.phreplay.replay;

import java.util.ArrayList;
import java.util.List;

/** The checkpoints of one timeline, by position. Written by the indexer, read by seekers. */
final class Checkpoints<S extends ReplayState<S>> {
    private final List<Checkpoint<S>> list = new ArrayList<>();

    /** Adds a checkpoint after the last one; a checkpoint at the same position replaces it. */
    synchronized void add(Checkpoint<S> checkpoint) {
        if (!list.isEmpty()) {
            Checkpoint<S> last = list.getLast();
            if (checkpoint.position() < last.position()) {
                throw new IllegalStateException("checkpoints are added in order");
            }
            if (checkpoint.position() == last.position()) {
                list.removeLast();
            }
        }
        list.add(checkpoint);
    }

    /** The last checkpoint at or before {@code position}; there is always one at position 0. */
    synchronized Checkpoint<S> floor(int position) {
        int low = 0;
        int high = list.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (list.get(middle).position() <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return list.get(low);
    }

    /** Forgets the checkpoints after {@code position} (an event was inserted there); returns their heap. */
    synchronized long truncateAfter(int position) {
        long freed = 0;
        while (list.size() > 1 && list.getLast().position() > position) {
            freed += list.removeLast().heapBytes();
        }
        return freed;
    }

    /** The heap the checkpoints' copies took, as measured when they were made. */
    synchronized long heapBytes() {
        return list.stream().mapToLong(Checkpoint::heapBytes).sum();
    }

    synchronized int size() {
        return list.size();
    }

    synchronized List<Integer> positions() {
        return list.stream().map(Checkpoint::position).toList();
    }
}
