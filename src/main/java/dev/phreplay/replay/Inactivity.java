package dev.phreplay.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The inactive periods of one window, as PostHog's segmenter finds them. An active segment
 * starts at an active event ({@link EventFlags#ACTIVE}) and lasts while every event comes at most
 * {@link #THRESHOLD_MS} after the last active one; it ends at the last event it took in. Everything
 * else between the first and the last event is inactive: the lead-in before the first active
 * event, the quiet stretches between segments, and the tail after the last one.
 */
public final class Inactivity {
    public static final long THRESHOLD_MS = 5_000;

    private final List<InactivePeriod> periods;
    private final long[] activeOffsets;

    private Inactivity(List<InactivePeriod> periods, long[] activeOffsets) {
        this.periods = List.copyOf(periods);
        this.activeOffsets = activeOffsets;
    }

    public static final Inactivity NONE = new Inactivity(List.of(), new long[0]);

    /** Finds the periods from events sorted by timestamp. */
    public static Inactivity of(long[] timestamps, byte[] flags) {
        if (timestamps.length == 0) {
            return NONE;
        }
        long base = timestamps[0];
        List<long[]> active = activeSegments(timestamps, flags);
        List<InactivePeriod> periods = new ArrayList<>();
        long cursor = 0;
        for (long[] segment : active) {
            addIfPositive(periods, cursor, segment[0] - base);
            cursor = segment[1] - base;
        }
        addIfPositive(periods, cursor, timestamps[timestamps.length - 1] - base);
        return new Inactivity(periods, activeOffsets(timestamps, flags, base));
    }

    /** [first active timestamp, last timestamp taken in] of each active segment. */
    private static List<long[]> activeSegments(long[] timestamps, byte[] flags) {
        List<long[]> segments = new ArrayList<>();
        long[] current = null;
        long lastActive = Long.MIN_VALUE;
        for (int i = 0; i < timestamps.length; i++) {
            long timestamp = timestamps[i];
            boolean active = EventFlags.isActive(flags[i]);
            if (current != null && timestamp > lastActive + THRESHOLD_MS) {
                current = null;
            }
            if (current == null && active) {
                current = new long[] {timestamp, timestamp};
                segments.add(current);
            }
            if (current != null) {
                current[1] = timestamp;
            }
            if (active) {
                lastActive = timestamp;
            }
        }
        return segments;
    }

    private static long[] activeOffsets(long[] timestamps, byte[] flags, long base) {
        return java.util.stream.IntStream.range(0, timestamps.length)
                .filter(i -> EventFlags.isActive(flags[i]))
                .mapToLong(i -> timestamps[i] - base)
                .toArray();
    }

    private static void addIfPositive(List<InactivePeriod> periods, long start, long end) {
        if (end > start) {
            periods.add(new InactivePeriod(start, end));
        }
    }

    public List<InactivePeriod> periods() {
        return periods;
    }

    /** The period holding {@code offset}, or null. */
    public InactivePeriod periodAt(double offset) {
        int index = firstEndingAfter(offset);
        if (index < periods.size() && periods.get(index).contains(offset)) {
            return periods.get(index);
        }
        return null;
    }

    /** The first moment at or after {@code offset} that is not inside an inactive period. */
    public double nextActiveMoment(double offset) {
        InactivePeriod period = periodAt(offset);
        return period == null ? offset : period.end();
    }

    /** The offset of the first active event strictly after {@code offset}. */
    public OptionalLong nextActiveEvent(double offset) {
        int low = 0;
        int high = activeOffsets.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (activeOffsets[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < activeOffsets.length ? OptionalLong.of(activeOffsets[low]) : OptionalLong.empty();
    }

    /**
     * Where content time lands after playing {@code amount} ms from {@code offset} when inactive
     * periods take no time: a skip-inactivity clock. Periods entered are jumped to their end.
     */
    public double advanceSkipping(double offset, double amount) {
        double position = nextActiveMoment(offset);
        double remaining = amount;
        for (int i = firstEndingAfter(position); i < periods.size(); i++) {
            InactivePeriod period = periods.get(i);
            if (position + remaining < period.start()) {
                break;
            }
            remaining -= Math.max(0, period.start() - position);
            position = period.end();
        }
        return position + remaining;
    }

    /** The index of the first period whose end is after {@code offset}. */
    private int firstEndingAfter(double offset) {
        int low = 0;
        int high = periods.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (periods.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
