package dev.phreplay.ui.session.core;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageValidator;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.ValidationReport;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.RecordingOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Opens files for the player with the core. A package opens as soon as its manifest reads (a package
 * that does not is rejected at once); its full verification, every checksum and event, runs beside
 * the first frame (see {@link dev.phreplay.ui.session.PlayerRecording#verification()}). Anything else
 * is imported.
 */
public final class CoreOpener implements RecordingOpener {
    @Override
    public CompletableFuture<Void> warmUp() {
        return CoreWarmUp.start();
    }

    @Override
    public OpenOutcome open(Path file, DoubleConsumer progress) throws IOException {
        progress.accept(-1);
        boolean isPackage = startsWithZipMagic(file);
        OpenedRecording recording;
        try {
            recording = Recordings.open(file);
        } catch (RecordingException e) {
            return new OpenOutcome.Rejected(file, List.of(new Finding(Finding.Severity.ERROR, file.getFileName().toString(),
                    e.getMessage())));
        }
        List<Finding> warnings = List.copyOf(new LinkedHashSet<>(convert(recording.warnings())));
        progress.accept(1);
        return new OpenOutcome.Opened(new CoreRecording(recording, isPackage, warnings,
                () -> isPackage ? verifyInBackground(file) : CompletableFuture.completedFuture(List.of())));
    }

    private static CompletableFuture<List<Finding>> verifyInBackground(Path file) {
        CompletableFuture<List<Finding>> verification = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("phreplay-verify").start(() -> {
            try {
                ValidationReport report = PackageValidator.validate(file);
                verification.complete(convert(report.findings()));
            } catch (IOException | RuntimeException e) {
                verification.complete(List.of(new Finding(Finding.Severity.ERROR, file.getFileName().toString(),
                        "cannot be verified: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
            }
        });
        return verification;
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<Finding> convert(List<dev.phreplay.format.Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (dev.phreplay.format.Finding finding : findings) {
            String where = finding.entry() == null ? (finding.location() == null ? "package" : finding.location())
                    : finding.entry() + (finding.location() == null ? "" : " " + finding.location());
            out.add(new Finding(finding.isError() ? Finding.Severity.ERROR : Finding.Severity.WARNING, where,
                    finding.code() + ": " + finding.message()));
        }
        return out;
    }
}
