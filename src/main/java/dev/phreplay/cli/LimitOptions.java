package dev.phreplay.cli;

import dev.phreplay.format.Limits;
import picocli.CommandLine.Option;

/** The reader's limits, as options shared by the commands that read packages. */
public final class LimitOptions {
    @Option(names = "--max-entry-mb", paramLabel = "MB", description = "Stop reading an entry that inflates beyond this (default: ${DEFAULT-VALUE}).")
    long maxEntryMb = Limits.defaults().maxEntryBytes() / Limits.MIB;

    @Option(names = "--max-total-mb", paramLabel = "MB", description = "Stop reading a package that inflates beyond this in all (default: ${DEFAULT-VALUE}).")
    long maxTotalMb = Limits.defaults().maxTotalBytes() / Limits.MIB;

    @Option(names = "--max-ratio", paramLabel = "N", description = "Stop reading an entry that inflates more than N times its compressed size (default: ${DEFAULT-VALUE}).")
    double maxRatio = Limits.defaults().maxRatio();

    Limits limits() {
        return Limits.defaults().withMaxEntryBytes(maxEntryMb * Limits.MIB).withMaxTotalBytes(maxTotalMb * Limits.MIB)
                .withMaxRatio(maxRatio);
    }
}
