package dev.phreplay.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What validating one file found. {@code manifest} is present when it could be read; {@code stats}
 * holds what the events show (over every window that could be read).
 */
public record ValidationReport(Path file, List<Finding> findings, Optional<Manifest> manifest, EventStats stats) {
    public boolean valid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }
}
