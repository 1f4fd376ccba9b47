package dev.phreplay.replay;

import dev.phreplay.event.RawEvent;
import java.util.Arrays;

/**
 * One window's events in timestamp order (a stable sort: equal timestamps keep their arrival
 * order), as compact {@link RawEvent}s with their timestamps and {@link EventFlags} in parallel
 * arrays for binary search and scans. One loader thread adds; any thread reads.
 *
 * <p>Events normally arrive in order and are appended. A late event is inserted at its place;
 * positions after it shift, and {@link #reorders()} counts such insertions so that holders of
 * positions (the seeker) know theirs are stale.
 */
final class EventStore {
    private RawEvent[] events = new RawEvent[1024];
    private long[] timestamps = new long[1024];
    private byte[] flags = new byte[1024];
    private int size;
    private long bytes;
    private int firstFullSnapshot = -1;
    private int firstMeta = -1;
    private long reorders;

    /** Adds an event at its stable position and returns that position. */
    synchronized int add(RawEvent event, byte eventFlags) {
        int position = countAtOrBefore(event.timestamp());
        grow();
        if (position < size) {
            System.arraycopy(events, position, events, position + 1, size - position);
            System.arraycopy(timestamps, position, timestamps, position + 1, size - position);
            System.arraycopy(flags, position, flags, position + 1, size - position);
            reorders++;
            if (firstFullSnapshot >= position) {
                firstFullSnapshot++;
            }
            if (firstMeta >= position) {
                firstMeta++;
            }
        }
        events[position] = event;
        timestamps[position] = event.timestamp();
        flags[position] = eventFlags;
        size++;
        bytes += event.json().length;
        if (EventFlags.isFullSnapshot(eventFlags) && (firstFullSnapshot < 0 || position < firstFullSnapshot)) {
            firstFullSnapshot = position;
        }
        if (EventFlags.isMeta(eventFlags) && (firstMeta < 0 || position < firstMeta)) {
            firstMeta = position;
        }
        return position;
    }

    private void grow() {
        if (size == events.length) {
            int capacity = events.length * 2;
            events = Arrays.copyOf(events, capacity);
            timestamps = Arrays.copyOf(timestamps, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
    }

    synchronized int size() {
        return size;
    }

    /** The summed size of the events' JSON. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized RawEvent event(int position) {
        return events[checked(position)];
    }

    synchronized long timestamp(int position) {
        return timestamps[checked(position)];
    }

    synchronized byte flags(int position) {
        return flags[checked(position)];
    }

    /** The position of the first full snapshot, or -1. */
    synchronized int firstFullSnapshot() {
        return firstFullSnapshot;
    }

    /** The position of the first Meta event, or -1. */
    synchronized int firstMeta() {
        return firstMeta;
    }

    synchronized long reorders() {
        return reorders;
    }

    /** How many events have a timestamp strictly below {@code timestamp}. */
    synchronized int countBefore(long timestamp) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (timestamps[middle] < timestamp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How many events have a timestamp at or below {@code timestamp}. */
    synchronized int countAtOrBefore(long timestamp) {
        return timestamp == Long.MAX_VALUE ? size : countBefore(timestamp + 1);
    }

    /** The timestamps and flags of every event so far, for scans that must not hold the lock. */
    synchronized Columns columns() {
        return new Columns(Arrays.copyOf(timestamps, size), Arrays.copyOf(flags, size));
    }

    record Columns(long[] timestamps, byte[] flags) {}

    private int checked(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("event position " + position + " of " + size);
        }
        return position;
    }
}
