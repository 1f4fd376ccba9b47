package dev.phreplay.format;

/**
 * What a reader will inflate before it stops. The defaults are safe for hostile files and
 * generous for real recordings (an hour-long heavy session is a few hundred MB of events).
 *
 * @param maxEntryBytes the most one entry may inflate to
 * @param maxTotalBytes the most all entries together may inflate to
 * @param maxRatio the largest inflated/compressed ratio accepted once an entry passes {@code ratioThresholdBytes}
 * @param ratioThresholdBytes below this inflated size the ratio is not checked (tiny entries compress well)
 * @param maxEntries the most entries a package may hold
 * @param maxLineBytes the longest event line (one event's JSON)
 * @param maxManifestBytes the largest manifest.json or metadata.json
 */
public record Limits(long maxEntryBytes, long maxTotalBytes, double maxRatio, long ratioThresholdBytes,
        int maxEntries, int maxLineBytes, int maxManifestBytes) {
    public static final long MIB = 1024L * 1024L;

    public static Limits defaults() {
        return new Limits(2048 * MIB, 8192 * MIB, 250, MIB, 10_000, (int) (128 * MIB), (int) (16 * MIB));
    }

    public Limits withMaxEntryBytes(long bytes) {
        return new Limits(bytes, maxTotalBytes, maxRatio, ratioThresholdBytes, maxEntries, maxLineBytes, maxManifestBytes);
    }

    public Limits withMaxTotalBytes(long bytes) {
        return new Limits(maxEntryBytes, bytes, maxRatio, ratioThresholdBytes, maxEntries, maxLineBytes, maxManifestBytes);
    }

    public Limits withMaxRatio(double ratio) {
        return new Limits(maxEntryBytes, maxTotalBytes, ratio, ratioThresholdBytes, maxEntries, maxLineBytes, maxManifestBytes);
    }
}
