package dev.phreplay.replay.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in ms. */
record Percentiles(double p50, double p95, double max, int count) {
    static Percentiles of(double[] sample) {
        if (sample.length == 0) {
            return new Percentiles(0, 0, 0, 0);
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1], sorted.length);
    }

    private static double rank(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
