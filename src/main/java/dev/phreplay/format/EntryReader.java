package dev.phreplay.format;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inflates one entry once, in chunks, feeding SHA-256 and a consumer from the same bytes, and
 * stops as soon as the entry, or the package, passes its limit or a zip-bomb ratio: it never
 * inflates more than the limit.
 */
final class EntryReader {
    static final int CHUNK = 1 << 16;

    /** Receives the inflated bytes. */
    interface Consumer {
        void accept(byte[] bytes, int offset, int length);
    }

    /** How reading ended: the bytes read, their SHA-256 (when complete), or the finding that stopped it. */
    record Outcome(long size, String sha256, Finding stop) {}

    private final Limits limits;
    private long totalInflated;

    EntryReader(Limits limits) {
        this.limits = limits;
    }

    long totalInflated() {
        return totalInflated;
    }

    Outcome read(ZipFile zip, ZipArchiveEntry entry, Consumer consumer) {
        String name = entry.getName();
        if (entry.getSize() > limits.maxEntryBytes()) {
            return stopped(0, Finding.error(FindingCode.ENTRY_TOO_LARGE, name, null,
                    "the entry declares " + entry.getSize() + " bytes, over the limit of " + limits.maxEntryBytes()));
        }
        MessageDigest digest = PackageWriter.sha256();
        long compressed = Math.max(1, entry.getCompressedSize());
        long size = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                totalInflated += read;
                Finding stop = limitPassed(name, size, compressed);
                if (stop != null) {
                    return stopped(size, stop);
                }
                digest.update(buffer, 0, read);
                consumer.accept(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UncheckedLimit limit) {
                return stopped(size, limit.finding);
            }
            return stopped(size, Finding.error(FindingCode.ENTRY_CORRUPT, name, null,
                    "the entry's compressed data is damaged: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        return new Outcome(size, HexFormat.of().formatHex(digest.digest()), null);
    }

    private Finding limitPassed(String name, long size, long compressed) {
        if (size > limits.maxEntryBytes()) {
            return Finding.error(FindingCode.ENTRY_TOO_LARGE, name, null,
                    "the entry inflates beyond the limit of " + limits.maxEntryBytes() + " bytes; reading stopped there");
        }
        if (totalInflated > limits.maxTotalBytes()) {
            return Finding.error(FindingCode.PACKAGE_TOO_LARGE, name, null,
                    "the package inflates beyond the limit of " + limits.maxTotalBytes() + " bytes in all; reading stopped here");
        }
        if (size > limits.ratioThresholdBytes() && (double) size / compressed > limits.maxRatio()) {
            return Finding.error(FindingCode.ENTRY_ZIP_BOMB, name, null, "the entry inflates more than " + (long) limits.maxRatio()
                    + " times its compressed size of " + compressed + " bytes (a zip bomb?); reading stopped at " + size + " bytes");
        }
        return null;
    }

    private static Outcome stopped(long size, Finding finding) {
        return new Outcome(size, null, finding);
    }

    /** Lets a consumer stop reading with a finding. */
    static final class UncheckedLimit extends RuntimeException {
        final transient Finding finding;

        UncheckedLimit(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }
}
