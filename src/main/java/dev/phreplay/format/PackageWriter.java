package dev.phreplay.format;

import dev.phreplay.format.EventProbe.MalformedEventException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a {@code .phreplay} package as a stream: windows one after the other, event by event,
 * then {@code metadata.json} and assets, then the manifest, which lists every entry with its size
 * and SHA-256. Output is deterministic (fixed entry order and times, creation time taken from the
 * recording unless given) and atomic (a temporary file in the target's folder, moved into place by
 * {@link #finish}). Closing an unfinished writer deletes the temporary file.
 */
public final class PackageWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final ZipArchiveOutputStream zip;
    private final Manifest.Producer producer;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private final List<Manifest.Window> windows = new ArrayList<>();
    private final EventStats total = new EventStats();
    private OpenWindow window;
    private boolean finished;
    /** The manifest's {@code redaction} record of a redacted copy (see docs/REDACTION.md), or null. */
    private com.fasterxml.jackson.databind.JsonNode redaction;

    private PackageWriter(Path target, Manifest.Producer producer) throws IOException {
        this.target = target.toAbsolutePath();
        this.producer = producer;
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        // Not createTempFile: its owner-only permissions would carry over to the package.
        this.temp = Files.createFile(folder.resolve("." + this.target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp"));
        this.zip = new ZipArchiveOutputStream(temp);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.AsNeeded);
    }

    public static PackageWriter create(Path target) throws IOException {
        return new PackageWriter(target, Producer.current());
    }

    public static PackageWriter create(Path target, Manifest.Producer producer) throws IOException {
        return new PackageWriter(target, producer);
    }

    /** Starts the next window's entry, {@code windows/<n>.jsonl}. */
    public void beginWindow(String id) throws IOException {
        if (window != null) {
            throw new IllegalStateException("window " + window.id + " is still open");
        }
        if (windows.stream().anyMatch(w -> w.id().equals(id))) {
            throw new IllegalArgumentException("window " + id + " was already written");
        }
        String path = Manifest.WINDOWS_FOLDER + windows.size() + ".jsonl";
        window = new OpenWindow(id, path, beginEntry(path));
    }

    /** Appends one event (its compact JSON, no newline inside) to the open window. */
    public void append(byte[] json) throws IOException {
        if (window == null) {
            throw new IllegalStateException("no window is open");
        }
        EventFacts facts;
        try {
            facts = EventProbe.probe(json);
        } catch (MalformedEventException e) {
            throw new IllegalArgumentException("window " + window.id + " event " + window.stats.eventCount() + ": " + e.getMessage(), e);
        }
        if (facts.timestamp() < window.lastTimestamp) {
            throw new IllegalArgumentException("window " + window.id + " event " + window.stats.eventCount()
                    + ": timestamp " + facts.timestamp() + " is before the previous event's " + window.lastTimestamp);
        }
        window.lastTimestamp = facts.timestamp();
        window.stats.add(facts);
        window.out.write(json);
        window.out.write('\n');
    }

    public void endWindow() throws IOException {
        if (window == null) {
            throw new IllegalStateException("no window is open");
        }
        endEntry(window.out);
        EventStats stats = window.stats;
        windows.add(new Manifest.Window(window.id, window.path, stats.eventCount(), stats.firstTimestamp(), stats.lastTimestamp()));
        total.addAll(stats);
        window = null;
    }

    /** Records in the manifest that this package is a redacted copy (docs/REDACTION.md); null for none. */
    public void redaction(com.fasterxml.jackson.databind.JsonNode record) {
        this.redaction = record;
    }

    /** {@code metadata.json}: the person and the recording's properties, as PostHog gave them. */
    public void metadata(byte[] json) throws IOException {
        writeEntry(Manifest.METADATA_PATH, json);
    }

    /** A file under {@code assets/}; {@code name} is relative to that folder. */
    public void asset(String name, byte[] bytes) throws IOException {
        writeEntry(Manifest.ASSETS_FOLDER + name, bytes);
    }

    private void writeEntry(String path, byte[] bytes) throws IOException {
        if (window != null) {
            throw new IllegalStateException("window " + window.id + " is still open");
        }
        EntryStream out = beginEntry(path);
        out.write(bytes);
        endEntry(out);
    }

    /**
     * Writes the manifest and moves the package into place.
     *
     * @param createdAt the creation time to record, or {@code null} for the recording's last timestamp
     */
    public Manifest finish(String recordingId, String source, Instant createdAt) throws IOException {
        if (window != null) {
            endWindow();
        }
        Instant created = createdAt != null ? createdAt : Instant.ofEpochMilli(total.lastTimestamp());
        Manifest.Recording recording = new Manifest.Recording(recordingId, source, total.firstTimestamp(),
                total.lastTimestamp(), total.durationMs(), total.firstUrl(), List.copyOf(windows), total.eventCount(),
                total.countsByType(), total.countsBySource(), total.consoleErrorCount(), total.networkRequestCount());
        Manifest manifest = new Manifest(Manifest.VERSION, producer, created.toString(), recording, List.copyOf(entries));
        byte[] manifestBytes = ManifestWriter.toBytes(manifest, redaction);
        writeUnlisted(Manifest.PATH, manifestBytes);
        writeUnlisted(ManifestChecksum.PATH, ManifestChecksum.of(manifestBytes));
        zip.finish();
        zip.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
        return manifest;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void writeUnlisted(String path, byte[] bytes) throws IOException {
        EntryStream out = beginEntry(path);
        out.write(bytes);
        out.buffer.flush();
        zip.closeArchiveEntry();
    }

    private EntryStream beginEntry(String path) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(FIXED_ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        zip.putArchiveEntry(entry);
        return new EntryStream(path);
    }

    private void endEntry(EntryStream out) throws IOException {
        out.buffer.flush();
        zip.closeArchiveEntry();
        entries.add(new Manifest.Entry(out.path, out.size, HexFormat.of().formatHex(out.digest.digest())));
    }

    /** ZIP stores local times; this one gives the same DOS date fields in every time zone. */
    private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final class OpenWindow {
        final String id;
        final String path;
        final EntryStream out;
        final EventStats stats = new EventStats();
        long lastTimestamp = Long.MIN_VALUE;

        OpenWindow(String id, String path, EntryStream out) {
            this.id = id;
            this.path = path;
            this.out = out;
        }
    }

    /** Writes into the current ZIP entry while counting bytes and feeding SHA-256. */
    private final class EntryStream extends OutputStream {
        final String path;
        final MessageDigest digest = sha256();
        /** Small event writes are batched: the deflater is slow when fed a hundred bytes at a time. */
        final java.io.BufferedOutputStream buffer = new java.io.BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }
        }, 1 << 16);
        long size;

        EntryStream(String path) {
            this.path = path;
        }

        @Override
        public void write(int b) throws IOException {
            buffer.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            buffer.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            size += length;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
