package dev.phreplay.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.phreplay.format.ManifestChecksum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Hostile variants of the sample packages, built in memory from a seed: damaged ZIP bytes, odd
 * entry names and orders, broken manifests, and damaged events, some with their checksums
 * recomputed so that the damage passes the manifest and reaches the event parser.
 */
final class HostileVariants {
    /** One variant: a name saying what was done, and the package's bytes. */
    record Variant(String name, byte[] bytes) {}

    /** An entry of a package being built. Names are byte strings: each char is one byte of the stored name. */
    record Entry(String name, byte[] content, boolean stored) {
        Entry(String name, byte[] content) {
            this(name, content, false);
        }
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String HOLE = "\"__hostile__\"";
    private static final String[] ODD_NAMES = {
        "../../evil.jsonl", "windows/../../x.jsonl", "/etc/passwd", "/windows/0.jsonl", "C:\\windows\\0.jsonl",
        "windows\\0.jsonl", "windows/0\u0000.jsonl", "\u0000", "windows/\u00ff\u00fe.jsonl", "\u00c3\u0028manifest.json",
        "\u00ef\u00bb\u00bfmanifest.json", "\u00ef\u00bb\u00bfwindows/0.jsonl", "", "windows/", ".", "./manifest.json",
        "windows//0.jsonl", "a".repeat(10_000), "windows/" + "\u00ff".repeat(300) + ".jsonl",
    };
    private static final String[] HOSTILE_VALUES = {
        "NaN", "-Infinity", "1e400", "-1e400", "123456789012345678901234567890", "-9223372036854775809",
        "9223372036854775807", "-1", "0", "null", "true", "\"\"", "[]", "{}", "\"" + "x".repeat(10_000) + "\"",
        "1.5", "\"\\u0000\"", "\"\\ud800\"", "[" + "[".repeat(50) + "]".repeat(50) + "]", "{\"type\":2}", "-0.0",
        "\"javascript:alert(1)\"", "2147483648", "-2147483649", "4.9e-324",
    };
    private static final String[] VERSIONS = {
        "999.0", "1.999999999999999999999", "-1.0", "", "1", "1.0.0", "a.b", "01.00", "1.-1", "2.0", "0.9",
        "1.9223372036854775808", "\u0000", "1.0 ", "\uFEFF1.0", "1." + "9".repeat(5000),
    };

    private final Random random;
    private final List<List<Entry>> samples;
    private final List<Mutation> mutations = List.of(
            new Mutation("byte-flip", this::byteFlips),
            new Mutation("truncate", this::truncate),
            new Mutation("garbage", this::garbage),
            new Mutation("reorder", this::reorder),
            new Mutation("duplicate-entry", this::duplicateEntry),
            new Mutation("drop-entry", this::dropEntry),
            new Mutation("odd-name", this::oddName),
            new Mutation("extra-odd-entry", this::extraOddEntry),
            new Mutation("manifest-delete", this::manifestDelete),
            new Mutation("manifest-type", this::manifestWrongType),
            new Mutation("manifest-version", this::manifestVersion),
            new Mutation("manifest-text", this::manifestText),
            new Mutation("manifest-entry-path", this::manifestEntryPath),
            new Mutation("event-value", this::eventValue),
            new Mutation("event-delete", this::eventDelete),
            new Mutation("event-timestamp", this::eventTimestamp),
            new Mutation("event-lines", this::eventLines),
            new Mutation("event-bytes", this::eventBytes),
            new Mutation("event-deep", this::eventDeep),
            new Mutation("event-ids", this::eventIds),
            new Mutation("zip-bomb", this::zipBomb));

    private record Mutation(String name, BiFunction<List<Entry>, Boolean, byte[]> apply) {}

    HostileVariants(long seed, List<Path> samplePackages) throws IOException {
        this.random = new Random(seed);
        List<List<Entry>> read = new ArrayList<>();
        for (Path sample : samplePackages) {
            read.add(entries(sample));
        }
        this.samples = read;
    }

    /** {@code count} variants; every kind of damage appears, with and without recomputed checksums. */
    List<Variant> generate(int count) {
        List<Variant> variants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Mutation mutation = mutations.get(i % mutations.size());
            List<Entry> base = new ArrayList<>(samples.get(random.nextInt(samples.size())));
            boolean reseal = (i / mutations.size()) % 3 != 0;
            byte[] bytes = mutation.apply.apply(base, reseal);
            variants.add(new Variant(String.format("%04d-%s%s", i, mutation.name, reseal ? "-resealed" : ""), bytes));
        }
        return variants;
    }

    // ---- ZIP bytes

    private byte[] byteFlips(List<Entry> entries, boolean reseal) {
        byte[] bytes = zip(entries).clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }

    private byte[] truncate(List<Entry> entries, boolean reseal) {
        byte[] bytes = zip(entries);
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    private byte[] garbage(List<Entry> entries, boolean reseal) {
        byte[] bytes = zip(entries);
        byte[] noise = new byte[1 + random.nextInt(2048)];
        random.nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean before = random.nextBoolean();
        out.writeBytes(before ? noise : bytes);
        out.writeBytes(before ? bytes : noise);
        return out.toByteArray();
    }

    // ---- entries

    private byte[] reorder(List<Entry> entries, boolean reseal) {
        Collections.shuffle(entries, random);
        if (reseal) {
            entries.replaceAll(e -> new Entry(e.name, e.content, random.nextBoolean()));
        }
        return zip(entries);
    }

    private byte[] duplicateEntry(List<Entry> entries, boolean reseal) {
        Entry copy = entries.get(random.nextInt(entries.size()));
        byte[] content = reseal ? copy.content : damage(copy.content);
        entries.add(random.nextInt(entries.size() + 1), new Entry(copy.name, content));
        return zip(entries);
    }

    private byte[] dropEntry(List<Entry> entries, boolean reseal) {
        entries.remove(random.nextInt(entries.size()));
        return zip(entries);
    }

    private byte[] oddName(List<Entry> entries, boolean reseal) {
        int at = random.nextInt(entries.size());
        String name = pick(ODD_NAMES);
        Entry entry = entries.get(at);
        entries.set(at, new Entry(name, entry.content));
        if (reseal && entry.name.startsWith("windows/")) {
            return resealed(entries, manifest -> renameInManifest(manifest, entry.name, name));
        }
        return zip(entries);
    }

    private byte[] extraOddEntry(List<Entry> entries, boolean reseal) {
        String name = pick(ODD_NAMES);
        entries.add(random.nextInt(entries.size() + 1), new Entry(name, pick(HOSTILE_VALUES).getBytes(StandardCharsets.UTF_8)));
        if (reseal) {
            return resealed(entries, manifest -> listEntry(manifest, name));
        }
        return zip(entries);
    }

    // ---- manifest

    private byte[] manifestDelete(List<Entry> entries, boolean reseal) {
        return editManifest(entries, reseal, manifest -> {
            Slot slot = randomSlot(manifest);
            if (slot.parent instanceof ObjectNode object) {
                object.remove(slot.key);
            } else if (slot.parent instanceof ArrayNode array) {
                array.remove(slot.index);
            }
        });
    }

    private byte[] manifestWrongType(List<Entry> entries, boolean reseal) {
        return editManifest(entries, reseal, manifest -> randomSlot(manifest).set(TextNode.valueOf("__hostile__")),
                pick(HOSTILE_VALUES));
    }

    private byte[] manifestVersion(List<Entry> entries, boolean reseal) {
        String version = pick(VERSIONS);
        return editManifest(entries, reseal, manifest -> {
            switch (random.nextInt(3)) {
                case 0 -> manifest.put("formatVersion", version);
                case 1 -> manifest.put("formatVersion", random.nextDouble() * 1e6);
                default -> manifest.set("formatVersion", TextNode.valueOf("__hostile__"));
            }
        }, pick(HOSTILE_VALUES));
    }

    /** The manifest's text itself: a BOM, invalid UTF-8, deep nesting, cut short. */
    private byte[] manifestText(List<Entry> entries, boolean reseal) {
        int at = indexOf(entries, "manifest.json");
        byte[] manifest = entries.get(at).content;
        byte[] damaged = switch (random.nextInt(5)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, manifest);
            case 1 -> insert(manifest, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            case 2 -> replaceFirst(manifest, "\"redaction\" : null", "\"redaction\" : " + "[".repeat(5000) + "]".repeat(5000));
            case 3 -> Arrays.copyOf(manifest, random.nextInt(manifest.length));
            default -> concat(manifest, manifest);
        };
        entries.set(at, new Entry("manifest.json", damaged));
        if (reseal) {
            entries.set(indexOf(entries, "manifest.sha256"), new Entry("manifest.sha256", ManifestChecksum.of(damaged)));
        }
        return zip(entries);
    }

    private byte[] manifestEntryPath(List<Entry> entries, boolean reseal) {
        String name = pick(ODD_NAMES);
        return editManifest(entries, reseal, manifest -> {
            JsonNode windows = manifest.path("recording").path("windows");
            ObjectNode window = (ObjectNode) windows.get(random.nextInt(windows.size()));
            if (random.nextBoolean()) {
                window.put("entry", name);
            } else {
                window.put("entry", ((ObjectNode) windows.get(0)).get("entry").asText());
            }
        });
    }

    // ---- events (with the manifest's sizes and checksums recomputed when resealed)

    private byte[] eventValue(List<Entry> entries, boolean reseal) {
        return editEvent(entries, reseal, event -> {
            randomSlot(event).set(TextNode.valueOf("__hostile__"));
            return pick(HOSTILE_VALUES);
        });
    }

    private byte[] eventDelete(List<Entry> entries, boolean reseal) {
        return editEvent(entries, reseal, event -> {
            Slot slot = randomSlot(event);
            if (slot.parent instanceof ObjectNode object) {
                object.remove(slot.key);
            } else if (slot.parent instanceof ArrayNode array) {
                array.remove(slot.index);
            }
            return null;
        });
    }

    private byte[] eventTimestamp(List<Entry> entries, boolean reseal) {
        String[] odd = {"-1", "-9223372036854775808", "0", "1e300", "NaN", "\"1682952380877\"", "1682952380877.5", "null"};
        return editEvent(entries, reseal, event -> {
            event.set("timestamp", TextNode.valueOf("__hostile__"));
            return pick(odd);
        });
    }

    /** Whole lines: swapped (unordered timestamps), duplicated, dropped, joined, split, emptied. */
    private byte[] eventLines(List<Entry> entries, boolean reseal) {
        return editWindow(entries, reseal, lines -> {
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> Collections.swap(lines, a, b);
                case 1 -> lines.add(a, lines.get(b));
                case 2 -> lines.remove(a);
                case 3 -> lines.set(a, lines.get(a) + lines.get(b));
                case 4 -> lines.set(a, lines.get(a).replaceFirst(",", ",\n"));
                default -> lines.set(a, "");
            }
        });
    }

    /** Bytes inside an event: invalid UTF-8, a BOM, a NUL, a lone surrogate escape. */
    private byte[] eventBytes(List<Entry> entries, boolean reseal) {
        int window = windowIndex(entries);
        byte[] content = entries.get(window).content;
        byte[][] odd = {
            {(byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {0}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, "\\ud800".getBytes(StandardCharsets.US_ASCII),
        };
        byte[] insert = odd[random.nextInt(odd.length)];
        byte[] damaged = random.nextInt(4) == 0 ? concat(insert, content) : insert(content, insert);
        entries.set(window, new Entry(entries.get(window).name, damaged));
        return reseal ? resealed(entries, manifest -> { }) : zip(entries);
    }

    /** A FullSnapshot's DOM (or an added node) nested hundreds to thousands of elements deep. */
    private byte[] eventDeep(List<Entry> entries, boolean reseal) {
        int depth = 100 + random.nextInt(random.nextBoolean() ? 500 : 3000);
        return editWindow(entries, reseal, lines -> {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\"childNodes\":[]")) {
                    lines.set(i, lines.get(i).replaceFirst("\"childNodes\":\\[\\]",
                            "\"childNodes\":[" + java.util.regex.Matcher.quoteReplacement(chain(depth, 900_000)) + "]"));
                    return;
                }
            }
        });
    }

    /** Node ids that are missing, repeated, negative, or the node's own parent. */
    private byte[] eventIds(List<Entry> entries, boolean reseal) {
        String[] ids = {"-1", "0", "1", "2", "3", "2147483647", "999999", "5", "1e3"};
        return editWindow(entries, reseal, lines -> {
            for (int n = 0; n < 4; n++) {
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                String key = pick(new String[] {"\"id\":", "\"parentId\":", "\"nextId\":", "\"previousId\":"});
                int found = line.indexOf(key);
                if (found < 0) {
                    continue;
                }
                int end = found + key.length();
                int stop = end;
                while (stop < line.length() && (Character.isDigit(line.charAt(stop)) || line.charAt(stop) == '-' || line.charAt(stop) == 'n'
                        || line.charAt(stop) == 'u' || line.charAt(stop) == 'l')) {
                    stop++;
                }
                lines.set(at, line.substring(0, end) + pick(ids) + line.substring(stop));
            }
        });
    }

    /** A window replaced by megabytes of zeros or newlines: past 1 MiB the ratio passes 250. */
    private byte[] zipBomb(List<Entry> entries, boolean reseal) {
        int window = windowIndex(entries);
        byte[] bomb = new byte[(1024 + 128 + random.nextInt(2048)) * 1024];
        if (random.nextBoolean()) {
            Arrays.fill(bomb, (byte) '\n');
        }
        entries.set(window, new Entry(entries.get(window).name, bomb));
        return reseal ? resealed(entries, manifest -> { }) : zip(entries);
    }

    // ---- helpers

    private interface EventEdit {
        /** Edits the event; returns raw JSON to put where the text "__hostile__" was set, or null. */
        String edit(ObjectNode event);
    }

    private interface LinesEdit {
        void edit(List<String> lines);
    }

    private byte[] editEvent(List<Entry> entries, boolean reseal, EventEdit edit) {
        return editWindow(entries, reseal, lines -> {
            int at = random.nextInt(lines.size());
            try {
                ObjectNode event = (ObjectNode) PLAIN.readTree(lines.get(at));
                String raw = edit.edit(event);
                String text = PLAIN.writeValueAsString(event);
                lines.set(at, raw == null ? text : text.replace(HOLE, raw));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] editWindow(List<Entry> entries, boolean reseal, LinesEdit edit) {
        int window = windowIndex(entries);
        String text = new String(entries.get(window).content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
        edit.edit(lines);
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        entries.set(window, new Entry(entries.get(window).name, content));
        return reseal ? resealed(entries, manifest -> { }) : zip(entries);
    }

    private byte[] editManifest(List<Entry> entries, boolean reseal, java.util.function.Consumer<ObjectNode> edit) {
        return editManifest(entries, reseal, edit, null);
    }

    /** Edits the manifest; {@code raw} replaces a "__hostile__" text the edit set. The checksum file follows when resealed. */
    private byte[] editManifest(List<Entry> entries, boolean reseal, java.util.function.Consumer<ObjectNode> edit, String raw) {
        int at = indexOf(entries, "manifest.json");
        ObjectNode manifest = manifest(entries);
        edit.accept(manifest);
        byte[] bytes = manifestBytes(manifest, raw);
        entries.set(at, new Entry("manifest.json", bytes));
        if (reseal) {
            entries.set(indexOf(entries, "manifest.sha256"), new Entry("manifest.sha256", ManifestChecksum.of(bytes)));
        }
        return zip(entries);
    }

    /** Rewrites every listed entry's size and SHA-256, the windows' event counts, and manifest.sha256. */
    private byte[] resealed(List<Entry> entries, java.util.function.Consumer<ObjectNode> edit) {
        return resealedZip(entries, edit);
    }

    static byte[] resealedZip(List<Entry> entries) {
        return resealedZip(entries, manifest -> { });
    }

    static byte[] resealedZip(List<Entry> entries, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode manifest = manifest(entries);
        edit.accept(manifest);
        long total = 0;
        for (JsonNode listed : manifest.path("entries")) {
            for (Entry entry : entries) {
                if (entry.name.equals(listed.path("path").asText())) {
                    ((ObjectNode) listed).put("size", entry.content.length);
                    ((ObjectNode) listed).put("sha256", sha256(entry.content));
                }
            }
        }
        for (JsonNode window : manifest.path("recording").path("windows")) {
            for (Entry entry : entries) {
                if (entry.name.equals(window.path("entry").asText())) {
                    long lines = lineCount(entry.content);
                    ((ObjectNode) window).put("eventCount", lines);
                    total += lines;
                }
            }
        }
        ((ObjectNode) manifest.path("recording")).put("eventCount", total);
        byte[] bytes = manifestBytes(manifest, null);
        int at = indexOf(entries, "manifest.json");
        if (at >= 0) {
            entries.set(at, new Entry("manifest.json", bytes));
        }
        int sum = indexOf(entries, "manifest.sha256");
        if (sum >= 0) {
            entries.set(sum, new Entry("manifest.sha256", ManifestChecksum.of(bytes)));
        }
        return zip(entries);
    }

    private static void renameInManifest(ObjectNode manifest, String from, String to) {
        for (JsonNode listed : manifest.path("entries")) {
            if (listed.path("path").asText().equals(from)) {
                ((ObjectNode) listed).put("path", to);
            }
        }
        for (JsonNode window : manifest.path("recording").path("windows")) {
            if (window.path("entry").asText().equals(from)) {
                ((ObjectNode) window).put("entry", to);
            }
        }
    }

    private static void listEntry(ObjectNode manifest, String name) {
        JsonNode listed = manifest.path("entries");
        if (listed instanceof ArrayNode array) {
            array.addObject().put("path", name).put("size", 0).put("sha256", "0".repeat(64));
        }
    }

    /** A place in a JSON tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, value);
            }
        }
    }

    private Slot randomSlot(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots.isEmpty() ? new Slot(root, "type", 0) : slots.get(random.nextInt(slots.size()));
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                slots.add(new Slot(object, field.getKey(), 0));
                collect(field.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** Serialized element nodes nested {@code depth} deep, ids counting from {@code firstId}. */
    static String chain(int depth, int firstId) {
        StringBuilder out = new StringBuilder(depth * 64);
        for (int i = 0; i < depth; i++) {
            out.append("{\"type\":2,\"tagName\":\"div\",\"attributes\":{},\"id\":").append(firstId + i).append(",\"childNodes\":[");
        }
        for (int i = 0; i < depth; i++) {
            out.append("]}");
        }
        return out.toString();
    }

    private static ObjectNode manifest(List<Entry> entries) {
        int at = indexOf(entries, "manifest.json");
        try {
            JsonNode node = at < 0 ? null : PLAIN.readTree(entries.get(at).content);
            return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        } catch (IOException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private static byte[] manifestBytes(ObjectNode manifest, String raw) {
        try {
            String text = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
            return (raw == null ? text : text.replace(HOLE, raw)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int windowIndex(List<Entry> entries) {
        List<Integer> windows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name.startsWith("windows/")) {
                windows.add(i);
            }
        }
        return windows.get(random.nextInt(windows.size()));
    }

    private static int indexOf(List<Entry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private byte[] damage(byte[] content) {
        byte[] copy = content.clone();
        if (copy.length > 0) {
            copy[random.nextInt(copy.length)] ^= 0x20;
        }
        return copy;
    }

    private byte[] insert(byte[] content, byte[] inserted) {
        int at = random.nextInt(content.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, at);
        out.writeBytes(inserted);
        out.write(content, at, content.length - at);
        return out.toByteArray();
    }

    private static byte[] replaceFirst(byte[] content, String target, String replacement) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.replace(target, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long lineCount(byte[] content) {
        long lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a package, in their stored order. */
    static List<Entry> entries(Path zipFile) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(zipFile).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.add(new Entry(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return entries;
    }

    /** A ZIP of the entries as given (duplicates, odd names). Names are written byte for byte, without the UTF-8 flag. */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setEncoding("ISO-8859-1");
            zip.setUseLanguageEncodingFlag(false);
            for (Entry entry : entries) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name);
                if (entry.stored) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(entry.content);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.content);
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void write(Path folder, List<Variant> variants, List<Path> out) throws IOException {
        for (Variant variant : variants) {
            Path file = folder.resolve(variant.name + ".phreplay");
            Files.write(file, variant.bytes);
            out.add(file);
        }
    }
}
