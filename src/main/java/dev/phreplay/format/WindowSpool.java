package dev.phreplay.format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The imported events of one window, kept in a temporary file rather than the heap, so that
 * importing and packing a long recording keeps memory flat. Events that arrive in timestamp order
 * (the usual case) stay where they are; a window that arrives out of order is sorted once, in
 * memory, as compact byte arrays, and written back.
 */
final class WindowSpool {
    private final Path file;
    private DataOutputStream out;
    private long count;
    private long firstTimestamp = Long.MAX_VALUE;
    private long lastTimestamp = Long.MIN_VALUE;
    private boolean sorted = true;
    private byte[] firstResize;

    WindowSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(ImportCollector.Collected event) throws IOException {
        if (event.timestamp() < lastTimestamp) {
            sorted = false;
        }
        lastTimestamp = Math.max(lastTimestamp, event.timestamp());
        firstTimestamp = Math.min(firstTimestamp, event.timestamp());
        write(out, event);
        count++;
    }

    /** Remembers the window's first ViewportResize, from which a missing Meta can be derived. */
    void resize(byte[] json) {
        if (firstResize == null) {
            firstResize = json;
        }
    }

    byte[] firstResize() {
        return firstResize;
    }

    long firstTimestamp() {
        return firstTimestamp;
    }

    long count() {
        return count;
    }

    /** Ends writing; sorts the window (stable, by timestamp) when it did not arrive in order. */
    void seal() throws IOException {
        out.close();
        out = null;
        if (sorted) {
            return;
        }
        List<ImportCollector.Collected> events = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
        Iterator<ImportCollector.Collected> reader = read();
        reader.forEachRemaining(events::add);
        events.sort(Comparator.comparingLong(ImportCollector.Collected::timestamp));
        try (DataOutputStream rewrite = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (ImportCollector.Collected event : events) {
                write(rewrite, event);
            }
        }
        sorted = true;
    }

    /** The events in timestamp order (after {@link #seal()}). The iterator closes its file at the end. */
    Iterator<ImportCollector.Collected> read() throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        return new Iterator<>() {
            private long left = count;

            @Override
            public boolean hasNext() {
                if (left == 0) {
                    close(in);
                }
                return left > 0;
            }

            @Override
            public ImportCollector.Collected next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                try {
                    return readOne(in);
                } catch (IOException e) {
                    close(in);
                    throw new UncheckedIOException(file + ": the import spool cannot be read back", e);
                }
            }
        };
    }

    void delete() throws IOException {
        if (out != null) {
            out.close();
        }
        Files.deleteIfExists(file);
    }

    private static void write(DataOutputStream out, ImportCollector.Collected event) throws IOException {
        out.writeLong(event.timestamp());
        out.writeInt(event.type());
        out.writeInt(event.json().length);
        out.write(event.json());
        byte[] identity = event.identityOrNull();
        out.writeInt(identity == null ? -1 : identity.length);
        if (identity != null) {
            out.write(identity);
        }
    }

    private static ImportCollector.Collected readOne(DataInputStream in) throws IOException {
        long timestamp = in.readLong();
        int type = in.readInt();
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        int identityLength = in.readInt();
        byte[] identity = null;
        if (identityLength >= 0) {
            identity = new byte[identityLength];
            in.readFully(identity);
        }
        return new ImportCollector.Collected(timestamp, type, json, identity);
    }

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // read to the end already; nothing to lose
        }
    }
}
