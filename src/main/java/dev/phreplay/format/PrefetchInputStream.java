package dev.phreplay.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a second thread, a few chunks ahead, so that inflating and hashing an entry
 * run alongside parsing it. At most {@link #DEPTH} chunks are held. Whatever the reader leaves
 * unread is consumed by {@link #finish()}, which returns once the source is at its end; an
 * exception of the source (a limit, damaged data) is rethrown to the reader as it was.
 */
final class PrefetchInputStream extends InputStream {
    static final int CHUNK = 1 << 18;
    static final int DEPTH = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(DEPTH);
    private final Thread producer;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    PrefetchInputStream(InputStream source) {
        producer = Thread.ofPlatform().daemon().name("phreplay-inflate").start(() -> produce(source));
    }

    private void produce(InputStream source) {
        try {
            while (true) {
                byte[] chunk = new byte[CHUNK];
                int filled = source.readNBytes(chunk, 0, CHUNK);
                if (filled > 0) {
                    chunks.put(filled == CHUNK ? chunk : Arrays.copyOf(chunk, filled));
                }
                if (filled < CHUNK) {
                    chunks.put(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            putQuietly(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void putQuietly(Object item) {
        try {
            chunks.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended || !next()) {
                return -1;
            }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, bytes, offset, count);
        position += count;
        return count;
    }

    /** Takes the next chunk; false at the end. */
    private boolean next() throws IOException {
        Object item;
        try {
            item = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        current = (byte[]) item;
        position = 0;
        return true;
    }

    /** Consumes the rest of the source; afterwards the source is at its end and its thread done. */
    void finish() throws IOException {
        while (!ended) {
            next();
        }
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the read-ahead");
        }
    }

    @Override
    public void close() {
        // finish() ends the read; the reader's parser must not end it early
    }
}
