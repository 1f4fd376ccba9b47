package dev.phreplay.format.synthetic;

/**
 * What to generate.
 *
 * @param minutes the recording's length
 * @param mutations the number of Mutation events (each adds, removes or changes a few nodes)
 * @param sizeMb when above 0, the approximate size of the uncompressed events: the number of
 *     mutations is raised until it is reached
 * @param seed the seed: the same options always give the same recording
 */
public record SyntheticOptions(int minutes, int mutations, int sizeMb, long seed) {
    public static final long START = 1_700_000_000_000L;

    public SyntheticOptions {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1");
        }
        if (mutations < 0 || sizeMb < 0) {
            throw new IllegalArgumentException("mutations and size must not be negative");
        }
    }

    public static SyntheticOptions defaults() {
        return new SyntheticOptions(60, 300_000, 0, 1);
    }
}
