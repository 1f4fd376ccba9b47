package dev.phreplay.format;

import java.util.Arrays;

/**
 * Cuts a byte stream fed in chunks into lines without copying, except for a line that spans two
 * chunks. A line longer than the limit is reported once and skipped up to its newline, so a
 * hostile entry cannot make the reader hold more than {@code maxLineBytes}.
 */
public final class LineSplitter {
    /** Receives each line, without its {@code \n} (or {@code \r\n}). Line numbers start at 1. */
    public interface Sink {
        void line(long number, byte[] bytes, int offset, int length);

        void tooLong(long number, long length);
    }

    private final Sink sink;
    private final int maxLineBytes;
    private byte[] carry = new byte[0];
    private int carried;
    private long line = 1;
    private long skipping = -1;

    public LineSplitter(int maxLineBytes, Sink sink) {
        this.maxLineBytes = maxLineBytes;
        this.sink = sink;
    }

    public void feed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                lineEnds(bytes, start, i);
                start = i + 1;
            }
        }
        if (start < end) {
            keep(bytes, start, end - start);
        }
    }

    /** Ends the input: a last line without a newline still counts. */
    public void finish() {
        if (carried > 0 || skipping >= 0) {
            lineEnds(new byte[0], 0, 0);
        }
    }

    public long lines() {
        return line - 1;
    }

    private void lineEnds(byte[] bytes, int start, int end) {
        if (skipping >= 0) {
            sink.tooLong(line, skipping + (end - start));
            skipping = -1;
            carried = 0;
        } else if (carried > 0) {
            keep(bytes, start, end - start);
            if (skipping >= 0) {
                sink.tooLong(line, skipping);
                skipping = -1;
            } else {
                emit(carry, 0, carried);
            }
            carried = 0;
        } else {
            emit(bytes, start, end - start);
        }
        line++;
    }

    private void emit(byte[] bytes, int offset, int length) {
        int trimmed = length > 0 && bytes[offset + length - 1] == '\r' ? length - 1 : length;
        if (trimmed > maxLineBytes) {
            sink.tooLong(line, trimmed);
        } else {
            sink.line(line, bytes, offset, trimmed);
        }
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (skipping >= 0) {
            skipping += length;
            return;
        }
        if ((long) carried + length > maxLineBytes + 1L) {
            skipping = (long) carried + length;
            carried = 0;
            carry = new byte[0];
            return;
        }
        if (carried + length > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carried + length, Math.min(maxLineBytes + 1, carry.length * 2 + 1024)));
        }
        System.arraycopy(bytes, offset, carry, carried, length);
        carried += length;
    }
}
