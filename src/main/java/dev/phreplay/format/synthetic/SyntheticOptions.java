package dev.phreplay.format.synthetic;

/**
 * What to generate.
 *
 * @param minutes the recording's length
 * @param mutations the number of Mutation events (each adds, removes or changes a few nodes)
 * @param sizeMb when above 0, the approximate size of the uncompressed events: the number of
 *     mutations is raised until it is reached
 * @param seed the seed: the same options always give the same recording
 * @param maxAdded when above 0, the most cards the mutations keep on the page at once: past it,
 *     each mutation removes at least as many as it adds, so the page stops growing; at 0 it grows
 *     with the number of mutations (more are added than removed)
 */
public record SyntheticOptions(int minutes, int mutations, int sizeMb, long seed, int maxAdded) {
    public static final long START = 1_700_000_000_000L;

    public SyntheticOptions {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1");
        }
        if (mutations < 0 || sizeMb < 0 || maxAdded < 0) {
            throw new IllegalArgumentException("mutations, size and the most added cards must not be negative");
        }
    }

    public static SyntheticOptions defaults() {
        return new SyntheticOptions(60, 300_000, 0, 1, 0);
    }
}
