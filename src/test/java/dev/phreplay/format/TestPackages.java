package dev.phreplay.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import dev.phreplay.testing.Shared;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Builds good and damaged packages for tests. */
final class TestPackages {
    private TestPackages() {}

    /** The blob v1 session (two windows) with its metadata, packed into {@code folder/good.phreplay}. */
    static Path good(Path folder) throws Exception {
        Path out = folder.resolve("good.phreplay");
        try (OpenedRecording recording = Recordings.importAll(List.of(
                Shared.posthogFixture("web-blob-v1-lines__recording_snapshots.jsonl"),
                Shared.posthogFixture("api-recording-meta__recording_meta.json")), Limits.defaults())) {
            Packer.pack(recording, out, null, "file", null, line -> { });
        }
        return out;
    }

    /** A package of the given window events (one JSON per string), written by {@link PackageWriter}. */
    static Path withEvents(Path folder, String name, List<String> events) throws IOException {
        Path out = folder.resolve(name);
        try (PackageWriter writer = PackageWriter.create(out)) {
            writer.beginWindow("w");
            for (String event : events) {
                writer.append(event.getBytes(StandardCharsets.UTF_8));
            }
            writer.endWindow();
            writer.finish("test", "file", null);
        }
        return out;
    }

    /** The entries of a package, in order. */
    static LinkedHashMap<String, byte[]> entries(Path zipFile) throws IOException {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(zipFile).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Writes entries as a ZIP (deflated), names as given: duplicates and unsafe names included. */
    static Path zip(Path out, List<Map.Entry<String, byte[]>> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeArchiveEntry();
            }
        }
        return out;
    }

    static Path zip(Path out, Map<String, byte[]> entries) throws IOException {
        return zip(out, List.copyOf(entries.entrySet()));
    }

    /** A copy of {@code good} whose manifest is edited, with manifest.sha256 updated to match. */
    static Path editManifest(Path good, Path out, Consumer<ObjectNode> edit) throws IOException {
        LinkedHashMap<String, byte[]> entries = entries(good);
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(entries.get(Manifest.PATH));
        edit.accept(manifest);
        byte[] bytes = Json.mapper().writeValueAsBytes(manifest);
        entries.put(Manifest.PATH, bytes);
        entries.put(ManifestChecksum.PATH, ManifestChecksum.of(bytes));
        return zip(out, entries);
    }

    /** A copy of {@code good} with one byte of one entry's content changed. */
    static Path flipByte(Path good, Path out, String entry) throws IOException {
        LinkedHashMap<String, byte[]> entries = entries(good);
        byte[] bytes = entries.get(entry).clone();
        int at = bytes.length / 2;
        bytes[at] = (byte) (bytes[at] == 'x' ? 'y' : 'x');
        entries.put(entry, bytes);
        return zip(out, entries);
    }
}
