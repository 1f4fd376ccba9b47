package dev.phreplay.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inflates one entry once, feeding SHA-256 and a reader from the same bytes, and stops as soon as
 * the entry, or the package, passes its limit or a zip-bomb ratio: it never inflates more than
 * the limit.
 */
final class EntryReader {
    static final int CHUNK = 1 << 16;

    /** Receives the inflated bytes in chunks. */
    interface Consumer {
        void accept(byte[] bytes, int offset, int length);
    }

    /** Reads the inflated bytes as a stream; whatever it leaves unread is still hashed. */
    interface StreamConsumer {
        void accept(InputStream in) throws IOException;
    }

    /** How reading ended: the bytes read, their SHA-256 (when complete), or the finding that stopped it. */
    record Outcome(long size, String sha256, Finding stop) {}

    private final Limits limits;
    private long totalInflated;

    EntryReader(Limits limits) {
        this.limits = limits;
    }

    Outcome read(ZipFile zip, ZipArchiveEntry entry, Consumer consumer) {
        return readStream(zip, entry, in -> {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = in.read(buffer)) > 0) {
                consumer.accept(buffer, 0, read);
            }
        });
    }

    /**
     * Whether the entry is stored or deflated, the only methods a package uses. Others are refused
     * before reading: some (zstd, xz) would need a codec library the JVM lacks, and fail outside
     * the reader's error handling (found by fuzzing the validator).
     */
    static Optional<Finding> unsupportedMethod(ZipArchiveEntry entry) {
        int method = entry.getMethod();
        if (method == ZipEntry.STORED || method == ZipEntry.DEFLATED) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(FindingCode.ENTRY_COMPRESSION_UNSUPPORTED, entry.getName(), null,
                "the entry is compressed with ZIP method " + method + "; a package's entries are stored or deflated"));
    }

    Outcome readStream(ZipFile zip, ZipArchiveEntry entry, StreamConsumer consumer) {
        String name = entry.getName();
        Optional<Finding> unsupported = unsupportedMethod(entry);
        if (unsupported.isPresent()) {
            return stopped(0, unsupported.get());
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
            return stopped(0, Finding.error(FindingCode.ENTRY_TOO_LARGE, name, null,
                    "the entry declares " + entry.getSize() + " bytes, over the limit of " + limits.maxEntryBytes()));
        }
        Checked checked = null;
        try (InputStream raw = zip.getInputStream(entry)) {
            checked = new Checked(raw, name, Math.max(1, entry.getCompressedSize()));
            consumer.accept(checked);
            checked.drain();
            return new Outcome(checked.size, HexFormat.of().formatHex(checked.digest.digest()), null);
        } catch (LimitException e) {
            return stopped(checked.size, e.finding);
        } catch (IOException | RuntimeException e) {
            return stopped(checked == null ? 0 : checked.size, Finding.error(FindingCode.ENTRY_CORRUPT, name, null,
                    "the entry's compressed data is damaged: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    private static Outcome stopped(long size, Finding finding) {
        return new Outcome(size, null, finding);
    }

    /** A limit was passed; carries the finding through the reader's stack. */
    static final class LimitException extends IOException {
        final transient Finding finding;

        LimitException(Finding finding) {
            super(finding.message());
            this.finding = finding;
        }
    }

    /** Counts and hashes what is read, and fails with a {@link LimitException} past a limit. */
    private final class Checked extends FilterInputStream {
        final MessageDigest digest = PackageWriter.sha256();
        final String name;
        final long compressed;
        long size;

        Checked(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = in.read(bytes, offset, length);
            if (read > 0) {
                size += read;
                totalInflated += read;
                Finding stop = limitPassed();
                if (stop != null) {
                    throw new LimitException(stop);
                }
                digest.update(bytes, offset, read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(1, n))];
            int read = read(buffer, 0, buffer.length);
            return Math.max(0, read);
        }

        void drain() throws IOException {
            byte[] buffer = new byte[CHUNK];
            while (read(buffer, 0, buffer.length) > 0) {
                // hashing the rest
            }
        }

        private Finding limitPassed() {
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
    }
}
