package dev.phreplay.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.event.Json;
import dev.phreplay.format.EventStats;
import dev.phreplay.format.Finding;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.RecordingSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phreplay info FILE}: the manifest, and what the events show. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a recording's manifest and what its events show: duration, windows, URLs, counts by type "
                + "and incremental source, console and network counts. FILE is a .phreplay package or any importable input.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .phreplay package or a PostHog/rrweb file.")
    Path file;

    @Option(names = "--json", description = "Print JSON: eventCount, durationMs, windows, urls, counts, console, network, manifest.")
    boolean json;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        try (OpenedRecording recording = RecordingInputs.open(file, limits.limits())) {
            RecordingSummary summary;
            try {
                summary = RecordingSummary.of(recording);
            } catch (RecordingException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOut.print(out, g -> json(g, recording, summary));
            } else {
                text(out, recording, summary);
            }
            return ExitCode.OK;
        }
    }

    private static void text(PrintWriter out, OpenedRecording recording, RecordingSummary summary) {
        EventStats total = summary.total();
        out.println("File:        " + recording.path());
        out.println("Kind:        " + recording.kind());
        out.println("Recording:   " + recording.recordingId());
        recording.manifest().ifPresent(m -> {
            out.println("Format:      " + m.formatVersion() + " (written by " + m.producer().name() + " " + m.producer().version()
                    + " at " + m.createdAt() + ")");
            out.println("Source:      " + m.recording().source());
        });
        out.println("Start:       " + Instant.ofEpochMilli(total.firstTimestamp()));
        out.println("Duration:    " + duration(total.durationMs()) + " (" + total.durationMs() + " ms)");
        out.println("Events:      " + total.eventCount());
        out.println("Windows:     " + summary.windows().size());
        summary.windows().forEach((id, stats) -> out.println("  " + id + ": " + stats.eventCount() + " events, "
                + duration(stats.durationMs()) + ", from " + Instant.ofEpochMilli(stats.firstTimestamp())));
        out.println("URLs:        " + total.urls().size());
        total.urls().forEach(url -> out.println("  " + url));
        out.println("By type:");
        total.countsByType().forEach((type, count) -> out.println("  " + type + ": " + count));
        out.println("By incremental source:");
        total.countsBySource().forEach((source, count) -> out.println("  " + source + ": " + count));
        out.println("Console:     " + total.consoleCount() + " message(s), " + total.consoleErrorCount() + " error(s)"
                + (total.consoleByLevel().isEmpty() ? "" : " " + new java.util.TreeMap<>(total.consoleByLevel())));
        out.println("Network:     " + total.networkRequestCount() + " request(s)");
        for (Finding warning : recording.warnings()) {
            out.println("  " + warning.describe());
        }
        out.flush();
    }

    static String duration(long ms) {
        Duration d = Duration.ofMillis(ms);
        return String.format("%d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart());
    }

    private static void json(JsonGenerator json, OpenedRecording recording, RecordingSummary summary) throws IOException {
        EventStats total = summary.total();
        json.writeStartObject();
        json.writeStringField("file", recording.path().toString());
        json.writeStringField("kind", recording.kind());
        json.writeStringField("recordingId", recording.recordingId());
        json.writeNumberField("eventCount", total.eventCount());
        json.writeNumberField("firstTimestamp", total.firstTimestamp());
        json.writeNumberField("lastTimestamp", total.lastTimestamp());
        json.writeNumberField("durationMs", total.durationMs());
        json.writeArrayFieldStart("windows");
        for (Map.Entry<String, EventStats> window : summary.windows().entrySet()) {
            EventStats stats = window.getValue();
            json.writeStartObject();
            json.writeStringField("id", window.getKey());
            json.writeNumberField("eventCount", stats.eventCount());
            json.writeNumberField("firstTimestamp", stats.firstTimestamp());
            json.writeNumberField("lastTimestamp", stats.lastTimestamp());
            json.writeNumberField("durationMs", stats.durationMs());
            json.writeArrayFieldStart("urls");
            for (String url : stats.urls()) {
                json.writeString(url);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("urls");
        for (String url : total.urls()) {
            json.writeString(url);
        }
        json.writeEndArray();
        JsonOut.counts(json, "eventCountsByType", total.countsByType());
        JsonOut.counts(json, "eventCountsByIncrementalSource", total.countsBySource());
        json.writeObjectFieldStart("console");
        json.writeNumberField("count", total.consoleCount());
        json.writeNumberField("errorCount", total.consoleErrorCount());
        JsonOut.counts(json, "byLevel", new java.util.TreeMap<>(total.consoleByLevel()));
        json.writeEndObject();
        json.writeNumberField("networkRequestCount", total.networkRequestCount());
        JsonOut.findings(json, recording.warnings());
        if (recording.manifest().isPresent()) {
            json.writeFieldName("manifest");
            json.writeTree(Json.mapper().readTree(dev.phreplay.format.ManifestWriter.toBytes(recording.manifest().get())));
        }
        json.writeEndObject();
    }

}
