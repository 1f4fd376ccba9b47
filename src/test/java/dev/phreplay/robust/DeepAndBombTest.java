package dev.phreplay.robust;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.cli.Cli;
import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorInvariants;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.FindingCode;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageWriter;
import dev.phreplay.format.Recordings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nesting 100,000 deep and a 4 GiB zip bomb: each ends with a finding (or, for the mutation chain,
 * a valid recording that decodes), never a stack overflow or an inflated bomb. Bounds are generous
 * timeouts, not timed assertions.
 */
class DeepAndBombTest {
    static final int DEPTH = 100_000;
    static final long FOUR_GIB = 4L << 30;
    static final Duration BOUND = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {}

    @Test
    void aFullSnapshotNested100000DeepIsAFindingNamingTheEvent() throws Exception {
        Path file = folder.resolve("deep-snapshot.phreplay");
        String deep = "{\"type\":2,\"timestamp\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":["
                + HostileVariants.chain(DEPTH, 2) + "]},\"initialOffset\":{\"top\":0,\"left\":0}}}";
        // The writer refuses such an event, so it goes into a written package, with the checksums recomputed.
        writePackage(file, List.of(meta(1), snapshot(2)));
        List<HostileVariants.Entry> entries = new ArrayList<>(HostileVariants.entries(file));
        entries.replaceAll(e -> e.name().equals("windows/0.jsonl")
                ? new HostileVariants.Entry(e.name(), (meta(1) + "\n" + deep + "\n").getBytes(StandardCharsets.UTF_8)) : e);
        Files.write(file, HostileVariants.resealedZip(entries));
        Run validate = assertTimeoutPreemptively(BOUND, () -> run("validate", file.toString()));
        assertEquals(1, validate.exit, validate.out + validate.err);
        // The second event (line 2) is the snapshot; the message says why.
        assertTrue(validate.out.contains(FindingCode.EVENTS_MALFORMED_LINE) && validate.out.contains("line 2"), validate.out);
        assertTrue(validate.out.toLowerCase().contains("nesting"), validate.out);
        Run info = assertTimeoutPreemptively(BOUND, () -> run("info", file.toString()));
        assertEquals(1, info.exit, info.out + info.err);
        assertTrue(info.err.contains("deep-snapshot.phreplay") && info.err.toLowerCase().contains("nesting"), info.err);
        assertFalse(info.err.contains("\tat "), info.err);
    }

    @Test
    void aTree100000DeepBuiltByMutationsIsValidAndDecodes() throws Exception {
        Path file = folder.resolve("deep-mutations.phreplay");
        List<String> events = new ArrayList<>(List.of(meta(1), snapshot(2)));
        for (int i = 0; i < DEPTH; i++) {
            events.add(chainAdd(3 + i, i));
        }
        writePackage(file, events);
        Run validate = assertTimeoutPreemptively(BOUND, () -> run("validate", file.toString()));
        assertEquals(0, validate.exit, validate.out + validate.err);
        int parentChecked = assertTimeoutPreemptively(BOUND, () -> decodeChain(file));
        assertEquals(DEPTH, parentChecked);
        Path dump = folder.resolve("deep.dom.json");
        Run dom = assertTimeoutPreemptively(BOUND, () -> run("dom", "--at", "1000000", "-o", dump.toString(), file.toString()));
        assertEquals(0, dom.exit, dom.err);
        assertTrue(Files.readString(dump).contains("\"data-depth\":\"" + (DEPTH - 1) + "\""), "the deepest node is dumped");
    }

    @Test
    void a4GibZipBombIsStoppedAtItsLimit() throws Exception {
        Path honest = bomb(folder.resolve("bomb-declared.phreplay"), FOUR_GIB);
        Path lying = bomb(folder.resolve("bomb-lying.phreplay"), 10_000);
        assertFinding(honest, "entry.too-large");
        assertFinding(lying, "entry.zip-bomb");
        // Without the ratio check, the size limit still stops it (at 64 MiB here, 2 GiB by default).
        Run sizeLimit = assertTimeoutPreemptively(BOUND, () -> run("validate", "--max-ratio", "1000000000", "--max-entry-mb", "64",
                lying.toString()));
        assertEquals(1, sizeLimit.exit, sizeLimit.out + sizeLimit.err);
        assertTrue(sizeLimit.out.contains("entry.too-large"), sizeLimit.out);
        for (Path bomb : List.of(honest, lying)) {
            Run info = assertTimeoutPreemptively(BOUND, () -> run("info", bomb.toString()));
            assertEquals(1, info.exit, info.out + info.err);
            assertFalse(info.err.contains("\tat "), info.err);
        }
    }

    private void assertFinding(Path bomb, String code) {
        Run run = assertTimeoutPreemptively(BOUND, () -> run("validate", bomb.toString()));
        assertEquals(1, run.exit, run.out + run.err);
        assertTrue(run.out.contains(code + " [windows/0.jsonl]"), run.out);
    }

    /** Checks every add names the previous add as its parent, decoding each event, and applies them to a mirror. */
    private static int decodeChain(Path file) throws Exception {
        int checked = 0;
        Mirror mirror = new Mirror();
        try (OpenedRecording recording = Recordings.open(file); EventCursor events = recording.events(recording.windowIds().getFirst())) {
            while (events.hasNext()) {
                RawEvent raw = events.next();
                RecordedEvent event = raw.decode();
                mirror.apply(event);
                if (event instanceof RecordedEvent.Incremental incremental
                        && incremental.data() instanceof IncrementalData.Mutation mutation) {
                    assertEquals(5 + checked, mutation.adds().getFirst().parentId());
                    checked++;
                }
            }
        }
        MirrorInvariants.check(mirror);
        MirrorNode deepest = mirror.node(5 + DEPTH);
        assertNotNull(deepest, "the last node added");
        int depth = 0;
        for (MirrorNode node = deepest; node != null; node = node.parent()) {
            depth++;
        }
        assertEquals(DEPTH + 3, depth, "document > html > body > 100,000 divs");
        Mirror copy = mirror.copy();
        MirrorInvariants.check(copy);
        assertNotNull(copy.node(5 + DEPTH));
        return checked;
    }

    // ---- building

    private static String meta(long timestamp) {
        return "{\"type\":4,\"timestamp\":" + timestamp + ",\"data\":{\"href\":\"https://example.com/\",\"width\":800,\"height\":600}}";
    }

    /** A document: html (2) > head (3), body (5)... ids 1-5; body is 5. */
    private static String snapshot(long timestamp) {
        return "{\"type\":2,\"timestamp\":" + timestamp + ",\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":["
                + "{\"type\":2,\"tagName\":\"html\",\"attributes\":{},\"id\":2,\"childNodes\":["
                + "{\"type\":2,\"tagName\":\"head\",\"attributes\":{},\"id\":4,\"childNodes\":[]},"
                + "{\"type\":2,\"tagName\":\"body\",\"attributes\":{},\"id\":5,\"childNodes\":[]}]}]},"
                + "\"initialOffset\":{\"top\":0,\"left\":0}}}";
    }

    /** The i-th add: a div (id 6 + i) under the previous one (the body for the first). */
    private static String chainAdd(long timestamp, int i) {
        int parent = i == 0 ? 5 : 5 + i;
        return "{\"type\":3,\"timestamp\":" + timestamp + ",\"data\":{\"source\":0,\"texts\":[],\"attributes\":[],\"removes\":[],"
                + "\"adds\":[{\"parentId\":" + parent + ",\"nextId\":null,\"node\":{\"type\":2,\"tagName\":\"div\","
                + "\"attributes\":{\"data-depth\":\"" + i + "\"},\"childNodes\":[],\"id\":" + (6 + i) + "}}]}}";
    }

    static void writePackage(Path file, List<String> events) throws IOException {
        try (PackageWriter writer = PackageWriter.create(file)) {
            writer.beginWindow("w");
            for (String event : events) {
                writer.append(event.getBytes(StandardCharsets.UTF_8));
            }
            writer.endWindow();
            writer.finish("deep", "file", null);
        }
    }

    /**
     * A package whose only window is {@code 4 GiB} of zeros, deflated (about 4 MB), declaring
     * {@code declaredSize}. The deflate stream is built from one flushed block of zeros repeated:
     * once the window is all zeros, every further block compresses to the same bytes.
     */
    static Path bomb(Path file, long declaredSize) throws IOException {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = deflate(deflater, zeros, Deflater.SYNC_FLUSH);
        byte[] repeated = deflate(deflater, zeros, Deflater.SYNC_FLUSH);
        deflater.finish();
        byte[] last = deflate(deflater, new byte[0], Deflater.NO_FLUSH);
        deflater.end();
        long blocks = FOUR_GIB / zeros.length;
        CRC32 crc = new CRC32();
        for (long i = 0; i < blocks; i++) {
            crc.update(zeros);
        }
        String manifest = "{\"format\":\"phreplay\",\"formatVersion\":\"1.0\",\"producer\":{\"name\":\"phreplay\",\"version\":\"0.1.0\"},"
                + "\"createdAt\":\"2024-01-01T00:00:00Z\",\"recording\":{\"id\":\"bomb\",\"source\":\"file\",\"firstTimestamp\":1,"
                + "\"lastTimestamp\":2,\"durationMs\":1,\"firstUrl\":null,\"windows\":[{\"id\":\"w\",\"entry\":\"windows/0.jsonl\","
                + "\"eventCount\":2,\"firstTimestamp\":1,\"lastTimestamp\":2}],\"eventCount\":2,\"eventCountsByType\":{},"
                + "\"eventCountsByIncrementalSource\":{},\"consoleErrorCount\":0,\"networkRequestCount\":0},"
                + "\"entries\":[{\"path\":\"windows/0.jsonl\",\"size\":" + declaredSize + ",\"sha256\":\"" + "0".repeat(64) + "\"}],"
                + "\"redaction\":null,\"signature\":null}";
        try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry window = new ZipArchiveEntry("windows/0.jsonl");
            window.setMethod(ZipArchiveEntry.DEFLATED);
            window.setSize(declaredSize);
            window.setCrc(crc.getValue());
            window.setCompressedSize(first.length + (blocks - 1) * repeated.length + last.length);
            zip.addRawArchiveEntry(window, new RepeatedStream(first, repeated, blocks - 1, last));
            byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
            for (var entry : List.of(java.util.Map.entry("manifest.json", manifestBytes),
                    java.util.Map.entry("manifest.sha256", dev.phreplay.format.ManifestChecksum.of(manifestBytes)))) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
            if (n < buffer.length && (deflater.finished() || (flush == Deflater.SYNC_FLUSH && deflater.needsInput()))) {
                return out.toByteArray();
            }
        }
    }

    /** {@code first}, then {@code repeated} {@code times} times, then {@code last}, without holding them. */
    private static final class RepeatedStream extends java.io.InputStream {
        private final byte[][] parts;
        private final long times;
        private long part;
        private int offset;

        RepeatedStream(byte[] first, byte[] repeated, long times, byte[] last) {
            this.parts = new byte[][] {first, repeated, last};
            this.times = times;
        }

        private byte[] current() {
            if (part == 0) {
                return parts[0];
            }
            return part <= times ? parts[1] : part == times + 1 ? parts[2] : null;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int at, int length) {
            byte[] current = current();
            while (current != null && offset == current.length) {
                part++;
                offset = 0;
                current = current();
            }
            if (current == null) {
                return -1;
            }
            int n = Math.min(length, current.length - offset);
            System.arraycopy(current, offset, buffer, at, n);
            offset += n;
            return n;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
