package dev.phreplay.redact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import dev.phreplay.format.Finding;
import dev.phreplay.format.Limits;
import dev.phreplay.format.Manifest;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageWriter;
import dev.phreplay.format.Producer;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.Validation;
import dev.phreplay.format.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * A redacted copy of a recording file: opens any input phreplay reads, redacts it as a stream and
 * writes a new {@code .phreplay} package whose manifest records the redaction. Used by
 * {@code phreplay redact} and by the player's "Export redacted copy" dialog.
 */
public final class RedactCopy {
    /** What was written: the package's manifest and what the rules removed. */
    public record Result(Manifest manifest, Tally tally, ObjectNode record) {}

    private RedactCopy() {}

    /** Reads a rules file, or the default rules when {@code rulesFile} is null. */
    public static RedactionRules rules(Path rulesFile) throws IOException {
        return rulesFile == null ? RedactionRules.defaults() : RedactionRules.parse(Files.readAllBytes(rulesFile), rulesFile.toString());
    }

    /** Counts what the rules would remove from {@code input}, writing nothing. */
    public static Tally preview(Path input, RedactionRules rules) throws IOException, RecordingException, RedactionException {
        try (OpenedRecording recording = Recordings.open(input)) {
            return new Redactor(rules).preview(recording, recording.metadata().orElse(null));
        } catch (RedactionException e) {
            throw new RedactionException(input + ": " + e.getMessage());
        }
    }

    /**
     * Writes the redacted copy of {@code recording} to {@code output} (atomically: nothing is left at
     * {@code output} if it fails), and the report to {@code report} when it is not null.
     */
    public static Result write(OpenedRecording recording, RedactionRules rules, Path output, Path report)
            throws IOException, RedactionException {
        Manifest.Producer producer = Producer.current();
        RedactionReport.Producer reportProducer = new RedactionReport.Producer(producer.name(), producer.version());
        Tally tally;
        ObjectNode record;
        Manifest manifest;
        try (PackageWriter writer = PackageWriter.create(output, producer)) {
            PackageSink sink = new PackageSink(writer);
            try {
                tally = new Redactor(rules).redact(recording, recording.metadata().orElse(null), sink);
            } catch (RedactionException e) {
                throw new RedactionException(recording.path() + ": " + e.getMessage());
            }
            sink.flushMetadata();
            record = RedactionReport.manifestRecord(tally, rules.sha256(), reportProducer);
            writer.redaction(record);
            Instant created = recording.manifest().map(m -> Instant.parse(m.createdAt())).orElse(null);
            String source = recording.manifest().map(m -> m.recording().source()).orElse("file");
            manifest = writer.finish(recording.recordingId(), source, created);
        }
        if (report != null) {
            writeAtomically(report, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    RedactionReport.report(tally, rules.sha256(), reportProducer, recording.path().getFileName().toString(),
                            output.getFileName().toString())));
        }
        return new Result(manifest, tally, record);
    }

    /**
     * Opens {@code input}, writes its redacted copy (and the report, when not null), then validates
     * the copy: the player's export uses this.
     */
    public static Result write(Path input, RedactionRules rules, Path output, Path report)
            throws IOException, RecordingException, RedactionException {
        Result result;
        try (OpenedRecording recording = Recordings.open(input)) {
            result = write(recording, rules, output, report);
        }
        ValidationReport validation = Validation.check(output, Limits.defaults());
        if (!validation.valid()) {
            throw new RedactionException(output + ": the redacted package does not validate: "
                    + validation.findings().stream().filter(Finding::isError).findFirst().map(Finding::describe).orElse(""));
        }
        return result;
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // Not createTempFile: its owner-only permissions would carry over to the report.
        Path temp = Files.createFile(absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp"));
        try {
            Files.write(temp, bytes);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Windows go straight to the package; the metadata (small) is written after them, in the writer's entry order. */
    private static final class PackageSink implements RedactionSink {
        private final PackageWriter writer;
        private byte[] metadata;

        PackageSink(PackageWriter writer) {
            this.writer = writer;
        }

        @Override
        public void metadata(byte[] json) {
            metadata = json;
        }

        @Override
        public void beginWindow(String id) throws IOException {
            writer.beginWindow(id);
        }

        @Override
        public void append(byte[] json) throws IOException {
            writer.append(json);
        }

        @Override
        public void endWindow() throws IOException {
            writer.endWindow();
        }

        void flushMetadata() throws IOException {
            if (metadata != null) {
                writer.metadata(metadata);
            }
        }
    }
}
