package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package opens on its manifest; the full verification runs beside it and decides whether it may be played. */
class CoreOpenerTest {
    private static final Path SAMPLE = Path.of("sample-packages", "multi-window.phreplay");

    @TempDir
    Path temp;

    @Test
    void aValidPackageOpensAndIsVerifiedInTheBackground() throws Exception {
        OpenOutcome outcome = new CoreOpener().open(SAMPLE, fraction -> { });
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording()) {
            List<Finding> findings = recording.verification().get(30, TimeUnit.SECONDS);
            assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
            assertTrue(recording.verified());
            assertEquals(2, recording.windowIds().size());
        }
    }

    @Test
    void aPackageWithATamperedWindowOpensButItsVerificationNamesTheEntry() throws Exception {
        Path tampered = temp.resolve("tampered.phreplay");
        copyReplacing(SAMPLE, tampered, "windows/1.jsonl", text -> text.replaceFirst("\"timestamp\":(\\d)", "\"timestamp\":9$1"));
        OpenOutcome outcome = new CoreOpener().open(tampered, fraction -> { });
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording()) {
            List<Finding> findings = recording.verification().get(30, TimeUnit.SECONDS);
            List<Finding> errors = findings.stream().filter(Finding::isError).toList();
            assertFalse(errors.isEmpty(), "the changed window is found out");
            assertTrue(errors.stream().anyMatch(f -> f.where().contains("windows/1.jsonl")), errors.toString());
            assertFalse(recording.verified());
        }
    }

    @Test
    void aFileThatIsNotARecordingIsRejectedAtOnce() throws Exception {
        Path junk = Files.writeString(temp.resolve("junk.phreplay"), "PK\u0003\u0004 not really a zip");
        OpenOutcome outcome = new CoreOpener().open(junk, fraction -> { });
        OpenOutcome.Rejected rejected = assertInstanceOf(OpenOutcome.Rejected.class, outcome);
        assertFalse(rejected.findings().isEmpty());
    }

    @Test
    void theWarmUpReplaysItsOwnPackageAndLeavesNothingBehind() throws Exception {
        assertTrue(CoreWarmUp.run(), "the warm-up opened, verified and replayed its package");
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = files.filter(p -> p.getFileName().toString().startsWith("phreplay-warm-up-")).toList();
            assertEquals(List.of(), left);
        }
    }

    private static void copyReplacing(Path source, Path target, String entryName,
                                      UnaryOperator<String> change) throws Exception {
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertFalse(changed.equals(new String(bytes, StandardCharsets.UTF_8)), "the test changes the entry");
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
