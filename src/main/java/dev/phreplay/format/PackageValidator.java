package dev.phreplay.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a {@code .phreplay} package: the ZIP, the entry names, the manifest and its schema and
 * version, every entry's size and SHA-256, and every window's events. Each entry is inflated once,
 * in a single streaming pass that feeds the checksum and the event checker from the same bytes.
 */
public final class PackageValidator {
    /** Entries this large are inflated and hashed on a second thread while the first parses them. */
    static final long PARALLEL_FROM_BYTES = Long.getLong("phreplay.validate.parallelFromBytes", 4L * 1024 * 1024);

    private final Limits limits;

    public PackageValidator(Limits limits) {
        this.limits = limits;
    }

    public static ValidationReport validate(Path file) throws IOException {
        return new PackageValidator(Limits.defaults()).check(file);
    }

    /** @throws IOException only when the file cannot be read at all (missing, unreadable) */
    public ValidationReport check(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(file + " is not a readable file");
        }
        List<Finding> findings = new ArrayList<>();
        EventStats stats = new EventStats();
        if (!startsWithZipEntry(file)) {
            // ZIP readers skip data before the first entry (self-extractors); a package never has any,
            // and the reader recognises packages by their first bytes.
            findings.add(Finding.error(FindingCode.ZIP_INVALID, null, null,
                    "the file does not start with a ZIP entry (PK\\3\\4): it is not a package, or data was added before it"));
            return new ValidationReport(file, findings, Optional.empty(), stats);
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.error(FindingCode.ZIP_INVALID, null, null,
                    "not a ZIP file, or truncated: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            return new ValidationReport(file, findings, Optional.empty(), stats);
        }
        try (zip) {
            Optional<Manifest> manifest = new Run(zip, findings, stats).run();
            return new ValidationReport(file, List.copyOf(findings), manifest, stats);
        }
    }

    private static boolean startsWithZipEntry(Path file) throws IOException {
        byte[] magic;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    }

    /** One validation of one open ZIP. */
    private final class Run {
        private final ZipFile zip;
        private final List<Finding> findings;
        private final EventStats stats;
        private final EntryReader reader = new EntryReader(limits);
        private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();

        Run(ZipFile zip, List<Finding> findings, EventStats stats) {
            this.zip = zip;
            this.findings = findings;
            this.stats = stats;
        }

        Optional<Manifest> run() {
            if (!names()) {
                return Optional.empty();
            }
            Optional<Manifest> manifest = manifest();
            if (manifest.isEmpty()) {
                return manifest;
            }
            crossCheck(manifest.get());
            for (Manifest.Entry listed : manifest.get().entries()) {
                if (stopped()) {
                    break;
                }
                ZipArchiveEntry entry = entries.get(listed.path());
                if (entry != null) {
                    entry(manifest.get(), listed, entry);
                }
            }
            if (!stopped()) {
                counts(manifest.get());
            }
            return manifest;
        }

        /** Entry names and count; false when the package cannot be read further. */
        private boolean names() {
            int count = 0;
            Set<String> seen = new HashSet<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++count > limits.maxEntries()) {
                    findings.add(Finding.error(FindingCode.ZIP_TOO_MANY_ENTRIES, null, null,
                            "the package holds more than " + limits.maxEntries() + " entries"));
                    return false;
                }
                String name = entry.getName();
                // Commons Compress turns a DOS entry's backslashes into slashes: judge the name as stored.
                String stored = entry.getRawName() == null ? name : new String(entry.getRawName(), StandardCharsets.UTF_8);
                Optional<String> unsafe = EntryNames.unsafe(stored).or(() -> EntryNames.unsafe(name));
                if (unsafe.isPresent()) {
                    findings.add(Finding.error(FindingCode.ENTRY_ZIP_SLIP, stored, null, unsafe.get() + "; it is never extracted or read"));
                    entries.remove(name);
                    seen.add(name);
                    continue;
                }
                if (unsafe.isPresent()) {
                    findings.add(Finding.error(FindingCode.ENTRY_ZIP_SLIP, name, null, unsafe.get() + "; it is never extracted or read"));
                    continue;
                }
                if (!seen.add(name)) {
                    findings.add(Finding.error(FindingCode.ENTRY_DUPLICATE, name, null,
                            "the package holds this entry name more than once; which copy is meant cannot be told"));
                    entries.remove(name);
                    continue;
                }
                if (!entry.isDirectory()) {
                    entries.put(name, entry);
                }
            }
            return true;
        }

        private Optional<Manifest> manifest() {
            ZipArchiveEntry entry = entries.get(Manifest.PATH);
            if (entry == null) {
                if (findings.stream().noneMatch(f -> Manifest.PATH.equals(f.entry()))) {
                    findings.add(Finding.error(FindingCode.MANIFEST_MISSING, Manifest.PATH, null,
                            "the package has no manifest.json at its root"));
                }
                return Optional.empty();
            }
            Optional<byte[]> bytes = small(entry);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            checkManifestChecksum(bytes.get());
            ManifestReader.Result result = ManifestReader.read(bytes.get());
            findings.addAll(result.findings());
            return result.manifest();
        }

        private void checkManifestChecksum(byte[] manifest) {
            ZipArchiveEntry entry = entries.get(ManifestChecksum.PATH);
            if (entry == null) {
                findings.add(Finding.warning(FindingCode.MANIFEST_CHECKSUM_MISSING, ManifestChecksum.PATH, null,
                        "the package has no " + ManifestChecksum.PATH + ", so damage to manifest.json cannot be detected"));
                return;
            }
            small(entry).ifPresent(sum -> {
                Optional<String> problem = ManifestChecksum.check(sum, manifest);
                problem.ifPresent(message -> findings.add(Finding.error(FindingCode.MANIFEST_CHECKSUM_MISMATCH, Manifest.PATH,
                        null, message)));
            });
        }

        /** Reads a small entry (manifest, metadata, checksum) whole, within the manifest limit. */
        private Optional<byte[]> small(ZipArchiveEntry entry) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EntryReader limited = new EntryReader(limits.withMaxEntryBytes(limits.maxManifestBytes()));
            EntryReader.Outcome outcome = limited.read(zip, entry, out::write);
            if (outcome.stop() != null) {
                findings.add(outcome.stop());
                return Optional.empty();
            }
            return Optional.of(out.toByteArray());
        }

        /** Entries listed but absent, present but unlisted, and listed entries of no known role. */
        private void crossCheck(Manifest manifest) {
            Set<String> listed = new HashSet<>();
            for (Manifest.Entry entry : manifest.entries()) {
                listed.add(entry.path());
                if (!entries.containsKey(entry.path()) && findings.stream().noneMatch(f -> entry.path().equals(f.entry()))) {
                    findings.add(Finding.error(FindingCode.ENTRY_MISSING, entry.path(), null,
                            "the manifest lists this entry but the package does not hold it"));
                } else if (!knownRole(manifest, entry.path())) {
                    findings.add(Finding.warning(FindingCode.ENTRY_UNKNOWN, entry.path(), null,
                            "an entry this phreplay does not know; it is checked but not used"));
                }
            }
            for (String name : entries.keySet()) {
                if (!listed.contains(name) && !name.equals(Manifest.PATH) && !name.equals(ManifestChecksum.PATH)) {
                    findings.add(Finding.error(FindingCode.ENTRY_UNLISTED, name, null,
                            "the package holds this entry but the manifest does not list it"));
                }
            }
        }

        private static boolean knownRole(Manifest manifest, String path) {
            return path.equals(Manifest.METADATA_PATH) || path.startsWith(Manifest.ASSETS_FOLDER)
                    || manifest.recording().windows().stream().anyMatch(w -> path.equals(w.entry()));
        }

        private void entry(Manifest manifest, Manifest.Entry listed, ZipArchiveEntry entry) {
            Optional<Manifest.Window> window = manifest.recording().windows().stream()
                    .filter(w -> listed.path().equals(w.entry())).findFirst();
            EntryReader.Outcome outcome;
            WindowChecker checker = null;
            if (window.isPresent()) {
                checker = new WindowChecker(listed.path(), findings);
                WindowChecker windowChecker = checker;
                outcome = reader.readStream(zip, entry, in -> {
                    if (entry.getSize() < PARALLEL_FROM_BYTES) {
                        windowChecker.read(in);
                        return;
                    }
                    PrefetchInputStream ahead = new PrefetchInputStream(in);
                    try {
                        windowChecker.read(ahead);
                    } finally {
                        ahead.finish();
                    }
                });
            } else if (listed.path().equals(Manifest.METADATA_PATH)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                outcome = new EntryReader(limits.withMaxEntryBytes(limits.maxManifestBytes())).read(zip, entry, out::write);
                if (outcome.stop() == null) {
                    metadata(out.toByteArray());
                }
            } else {
                outcome = reader.read(zip, entry, (bytes, offset, length) -> { });
            }
            if (outcome.stop() != null) {
                findings.add(outcome.stop());
                return;
            }
            if (checker != null) {
                checker.finish();
                stats.addAll(checker.stats());
                checkWindowCount(window.get(), checker.stats());
            }
            if (outcome.size() != listed.size()) {
                findings.add(Finding.error(FindingCode.ENTRY_SIZE_MISMATCH, listed.path(), null,
                        "the entry holds " + outcome.size() + " bytes; the manifest says " + listed.size()));
            } else if (!outcome.sha256().equals(listed.sha256())) {
                findings.add(Finding.error(FindingCode.ENTRY_CHECKSUM_MISMATCH, listed.path(), null,
                        "the entry's SHA-256 is " + outcome.sha256() + "; the manifest says " + listed.sha256()
                                + " (the entry was changed or damaged)"));
            }
        }

        private void metadata(byte[] bytes) {
            try {
                com.fasterxml.jackson.databind.JsonNode root = dev.phreplay.event.Json.mapper().readTree(bytes);
                if (root == null || !root.isObject()) {
                    findings.add(Finding.error(FindingCode.METADATA_MALFORMED, Manifest.METADATA_PATH, "$",
                            "metadata.json must be a JSON object"));
                }
            } catch (IOException e) {
                String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                findings.add(Finding.error(FindingCode.METADATA_MALFORMED, Manifest.METADATA_PATH, null,
                        "metadata.json is not valid JSON: " + message));
            }
        }

        private void checkWindowCount(Manifest.Window window, EventStats seen) {
            if (window.eventCount() != seen.eventCount()) {
                findings.add(Finding.error(FindingCode.EVENTS_COUNT_MISMATCH, window.entry(), null,
                        "the entry holds " + seen.eventCount() + " events; the manifest says " + window.eventCount()));
            }
        }

        private void counts(Manifest manifest) {
            boolean allWindowsRead = manifest.recording().windows().stream().allMatch(w -> entries.containsKey(w.entry()));
            if (allWindowsRead && manifest.recording().eventCount() != stats.eventCount()) {
                findings.add(Finding.error(FindingCode.EVENTS_COUNT_MISMATCH, Manifest.PATH, "$.recording.eventCount",
                        "the windows hold " + stats.eventCount() + " events; the manifest says " + manifest.recording().eventCount()));
            }
        }

        private boolean stopped() {
            return findings.stream().anyMatch(f -> f.code().equals(FindingCode.PACKAGE_TOO_LARGE));
        }
    }
}
