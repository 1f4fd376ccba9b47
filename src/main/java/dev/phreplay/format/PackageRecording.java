package dev.phreplay.format;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.format.EventProbe.MalformedEventException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A {@code .phreplay} package opened for playback. Window events stream from their ZIP entry, one
 * line at a time; nothing else is held. Opening checks the manifest (schema and version) but not
 * the checksums, and the cursor only reads each event's timestamp: checking everything is
 * {@link PackageValidator}'s job. A line whose timestamp cannot be found fails the cursor.
 */
public final class PackageRecording implements OpenedRecording {
    private final Path path;
    private final ZipFile zip;
    private final Manifest manifest;
    private final byte[] metadata;
    private final List<Finding> warnings;
    private final Limits limits;
    /** An image, font or style sheet of a page; a bigger asset is refused, not held in memory. */
    static final long MAX_ASSET_BYTES = 64L << 20;

    private PackageRecording(Path path, ZipFile zip, Manifest manifest, byte[] metadata, List<Finding> warnings, Limits limits) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
        this.metadata = metadata;
        this.warnings = warnings;
        this.limits = limits;
    }

    public static PackageRecording open(Path path, Limits limits) throws IOException, RecordingException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(path).get();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RecordingException(path + ": not a ZIP file, or truncated: " + e.getMessage(), e);
        }
        try {
            byte[] manifestBytes = small(path, zip, Manifest.PATH, limits, true);
            ManifestReader.Result result = ManifestReader.read(manifestBytes);
            Optional<Finding> error = result.findings().stream().filter(Finding::isError).findFirst();
            if (error.isPresent() || result.manifest().isEmpty()) {
                throw new RecordingException(path + ": " + error.map(Finding::describe).orElse("manifest.json cannot be read"));
            }
            for (Manifest.Window window : result.manifest().get().recording().windows()) {
                if (EntryNames.unsafe(window.entry()).isPresent() || zip.getEntry(window.entry()) == null) {
                    throw new RecordingException(path + ": window " + window.id() + ": entry " + window.entry() + " is missing or unsafe");
                }
                Optional<Finding> unsupported = EntryReader.unsupportedMethod(zip.getEntry(window.entry()));
                if (unsupported.isPresent()) {
                    throw new RecordingException(path + ": " + unsupported.get().describe());
                }
            }
            byte[] metadata = zip.getEntry(Manifest.METADATA_PATH) == null ? null : small(path, zip, Manifest.METADATA_PATH, limits, false);
            return new PackageRecording(path, zip, result.manifest().get(), metadata, result.findings(), limits);
        } catch (RecordingException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static byte[] small(Path path, ZipFile zip, String name, Limits limits, boolean required) throws RecordingException {
        return bounded(path, zip, name, limits, limits.maxManifestBytes(), required);
    }

    /** Reads a whole entry of at most {@code maxBytes} (bombs and oversized entries stop with a finding). */
    private static byte[] bounded(Path path, ZipFile zip, String name, Limits limits, long maxBytes, boolean required)
            throws RecordingException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new RecordingException(path + ": the package has no " + name + (required ? " (is it a .phreplay package?)" : ""));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntryReader.Outcome outcome = new EntryReader(limits.withMaxEntryBytes(maxBytes)).read(zip, entry, out::write);
        if (outcome.stop() != null) {
            throw new RecordingException(path + ": " + outcome.stop().describe());
        }
        return out.toByteArray();
    }

    @Override
    public Set<String> assetEntries() {
        Set<String> assets = new LinkedHashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (entry.path().startsWith(Manifest.ASSETS_FOLDER) && EntryNames.unsafe(entry.path()).isEmpty()
                    && zip.getEntry(entry.path()) != null) {
                assets.add(entry.path());
            }
        }
        return assets;
    }

    @Override
    public Optional<byte[]> asset(String entry) throws RecordingException {
        if (!assetEntries().contains(entry)) {
            return Optional.empty();
        }
        return Optional.of(bounded(path, zip, entry, limits, Math.min(limits.maxEntryBytes(), MAX_ASSET_BYTES), true));
    }

    @Override
    public List<String> windowIds() {
        return manifest.recording().windows().stream().map(Manifest.Window::id).toList();
    }

    @Override
    public EventCursor events(String windowId) throws IOException {
        Manifest.Window window = manifest.window(windowId)
                .orElseThrow(() -> new IllegalArgumentException("no window " + windowId + " in " + path));
        ZipArchiveEntry entry = zip.getEntry(window.entry());
        InputStream in = new LimitedInputStream(zip.getInputStream(entry), limits.maxEntryBytes(), path + ": " + window.entry(),
                entry.getCompressedSize(), limits);
        return new LineCursor(in, path + ": " + window.entry(), limits.maxLineBytes());
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String kind() {
        return "phreplay package " + manifest.formatVersion();
    }

    @Override
    public String recordingId() {
        return manifest.recording().id();
    }

    @Override
    public Optional<Manifest> manifest() {
        return Optional.of(manifest);
    }

    @Override
    public Optional<byte[]> metadata() {
        return Optional.ofNullable(metadata);
    }

    @Override
    public List<Finding> warnings() {
        return warnings;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Reads one event per line; a bad line is an {@link UncheckedIOException} naming the entry and line. */
    static final class LineCursor implements EventCursor {
        private final InputStream in;
        private final String where;
        private final int maxLineBytes;
        private final byte[] buffer = new byte[EntryReader.CHUNK];
        private int position;
        private int limit;
        private int index;
        private RawEvent next;
        private boolean done;

        LineCursor(InputStream in, String where, int maxLineBytes) {
            this.in = in;
            this.where = where;
            this.maxLineBytes = maxLineBytes;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = read();
            }
            return next != null;
        }

        @Override
        public RawEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawEvent event = next;
            next = null;
            return event;
        }

        private RawEvent read() {
            try {
                byte[] line = line();
                if (line == null) {
                    done = true;
                    return null;
                }
                long timestamp = TimestampScanner.timestamp(line);
                if (timestamp == TimestampScanner.NOT_FOUND) {
                    timestamp = EventProbe.probe(line).timestamp();
                }
                return new RawEvent(index++, timestamp, line);
            } catch (MalformedEventException e) {
                throw new UncheckedIOException(new IOException(where + " line " + (index + 1) + ": " + e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(where + ": " + e.getMessage(), e));
            }
        }

        private byte[] line() throws IOException {
            byte[] line = new byte[0];
            int length = 0;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return length == 0 ? null : trim(line, length);
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int chunk = position - start;
                if ((long) length + chunk > maxLineBytes) {
                    throw new IOException("line " + (index + 1) + " is longer than the limit of " + maxLineBytes + " bytes");
                }
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + chunk, line.length * 2));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
                if (position < limit) {
                    position++;
                    return trim(line, length);
                }
            }
        }

        private static byte[] trim(byte[] line, int length) {
            int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            return line.length == end ? line : Arrays.copyOf(line, end);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
