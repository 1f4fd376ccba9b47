package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.dom.DomDump;
import dev.phreplay.dom.PausedReplay;
import dev.phreplay.format.OpenedRecording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phreplay dom}: the rebuilt page at given times, as the JSON dump of reference/dom-dump.md. */
@Command(name = "dom", mixinStandardHelpOptions = true,
        description = "Print the rebuilt DOM, scroll offsets and form inputs at the given times, as JSON.")
public final class DomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .phreplay package or any importable PostHog/rrweb file.")
    Path file;

    @Option(names = "--at", required = true, split = ",", paramLabel = "MS",
            description = "Times in ms after the window's first event, as rrweb's pause(t): events before t are applied.")
    List<Long> times;

    @Option(names = "--window", paramLabel = "ID", description = "The window to replay (default: the first one; `phreplay info` lists them).")
    String window;

    @Option(names = "--rendered", description = "Dump the player's WebView (the page as rendered) instead of the mirror; same JSON.")
    boolean rendered;

    @Mixin
    LimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        for (long t : times) {
            if (t < 0) {
                throw new ParameterException(spec.commandLine(), "--at: times must not be negative: " + t);
            }
        }
        try (OpenedRecording recording = RecordingInputs.open(file, limits.limits())) {
            List<String> windows = recording.windowIds();
            if (windows.isEmpty()) {
                throw new InvalidInputException(file + ": the recording holds no events");
            }
            String chosen = window != null ? window : windows.getFirst();
            if (!windows.contains(chosen)) {
                throw new ParameterException(spec.commandLine(), "--window: no window '" + chosen + "' in " + file
                        + "; windows: " + String.join(", ", windows));
            }
            try (PausedReplay replay = new PausedReplay(() -> WindowEvents.stream(recording, chosen))) {
                output(chosen, replay);
            }
        }
        return ExitCode.OK;
    }

    private void output(String chosen, PausedReplay replay) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            try (JsonGenerator g = DomDump.generator(out)) {
                write(g, chosen, replay);
            }
            out.println();
            out.flush();
        } else {
            writeAtomically(output, chosen, replay);
        }
    }

    private List<String> renderedSnapshots(String windowId) throws IOException {
        try {
            return PlayerLauncher.renderedDump(file, windowId, times);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        }
    }

    private void write(JsonGenerator g, String windowId, PausedReplay replay) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file.getFileName().toString());
        g.writeStringField("window", windowId);
        g.writeStringField("tool", "phreplay " + VersionProvider.version());
        g.writeArrayFieldStart("snapshots");
        if (rendered) {
            for (String snapshot : renderedSnapshots(windowId)) {
                g.writeRawValue(snapshot);
            }
        } else if (isNonDecreasing(times)) {
            for (long t : times) {
                DomDump.writeSnapshot(g, t, replay.advanceTo(t));
            }
        } else {
            Map<Long, String> byTime = new HashMap<>();
            for (long t : times.stream().distinct().sorted().toList()) {
                ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
                try (JsonGenerator single = DomDump.generator(snapshot)) {
                    DomDump.writeSnapshot(single, t, replay.advanceTo(t));
                }
                byTime.put(t, snapshot.toString(StandardCharsets.UTF_8));
            }
            for (long t : times) {
                g.writeRawValue(byTime.get(t));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static boolean isNonDecreasing(List<Long> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private void writeAtomically(Path target, String windowId, PausedReplay replay) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); JsonGenerator g = DomDump.generator(out)) {
                write(g, windowId, replay);
            }
            normalPermissions(temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is private; the dump gets the permissions of any other output file. */
    private static void normalPermissions(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the defaults
        }
    }
}
