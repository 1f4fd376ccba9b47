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
import java.util.function.DoubleConsumer;

/**
 * Opens files for the player with the core: a package is verified in full first (every finding of
 * an invalid one goes to the report); anything else is imported.
 */
public final class CoreOpener implements RecordingOpener {
    @Override
    public OpenOutcome open(Path file, DoubleConsumer progress) throws IOException {
        progress.accept(-1);
        boolean isPackage = startsWithZipMagic(file);
        ValidationReport report = isPackage ? PackageValidator.validate(file) : null;
        if (report != null && !report.valid()) {
            return new OpenOutcome.Rejected(file, convert(report.findings()));
        }
        OpenedRecording recording;
        try {
            recording = Recordings.open(file);
        } catch (RecordingException e) {
            return new OpenOutcome.Rejected(file, List.of(new Finding(Finding.Severity.ERROR, file.getFileName().toString(),
                    e.getMessage())));
        }
        LinkedHashSet<Finding> warnings = new LinkedHashSet<>();
        if (report != null) {
            warnings.addAll(convert(report.findings()));
        }
        warnings.addAll(convert(recording.warnings()));
        progress.accept(1);
        return new OpenOutcome.Opened(new CoreRecording(recording, report != null, List.copyOf(warnings)));
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
