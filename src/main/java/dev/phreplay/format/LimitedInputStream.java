package dev.phreplay.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than {@code limit} bytes were read, or (when the compressed size is known) once
 * the inflated bytes pass the ratio limit: a guard against decompression bombs.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private final long compressed;
    private final Limits ratio;
    private long count;

    LimitedInputStream(InputStream in, long limit, String what) {
        this(in, limit, what, -1, null);
    }

    /** Also stops past {@code ratio.maxRatio()} times {@code compressed} bytes, once past the ratio threshold. */
    LimitedInputStream(InputStream in, long limit, String what, long compressed, Limits ratio) {
        super(in);
        this.limit = limit;
        this.what = what;
        this.compressed = Math.max(1, compressed);
        this.ratio = ratio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int read) throws IOException {
        count += read;
        if (count > limit) {
            throw new IOException(what + " inflates beyond the limit of " + limit + " bytes");
        }
        if (ratio != null && count > ratio.ratioThresholdBytes() && (double) count / compressed > ratio.maxRatio()) {
            throw new IOException(what + " inflates more than " + (long) ratio.maxRatio() + " times its compressed size"
                    + " (a zip bomb?); reading stopped");
        }
    }
}
