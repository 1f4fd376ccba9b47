package dev.phreplay.replay.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.phreplay.event.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code phreplay bench} measured on one window. Times in ms; heap in bytes.
 *
 * @param firstFullSnapshotMs from the start of opening until the first page (poster) was rebuilt
 * @param indexMs from the start of loading the window until every event was read and checkpointed
 * @param retainedHeapBytes used heap after a full GC with the timeline loaded, minus before opening:
 *     the events, the replayed states and the checkpoints
 * @param eventsHeapBytes the same for the events alone (a timeline replaying into an empty state), so
 *     that {@link #mirrorHeapBytes()} is what the mirror and its checkpoints retain
 * @param peakHeapBytes the highest used heap sampled during the run, garbage included
 * @param frameP95Ms cost of playing one 1/60 s frame at 16x (the content of 16/60 s), p95
 * @param seekCpuP95Ms the seeking thread's CPU time per seek, p95: the cost without the wait for a
 *     core, for machines shared with other work (wall-clock figures are the {@code seek*Ms} ones)
 */
public record BenchReport(String file, String windowId, int events, long eventBytes, long durationMs,
                          double openMs, double firstFullSnapshotMs, double indexMs, int checkpoints, long checkpointHeapBytes,
                          int seeks, double seekP50Ms, double seekP95Ms, double seekMaxMs, long seekMaxEventsApplied,
                          long retainedHeapBytes, long peakHeapBytes, long maxHeapBytes,
                          int frames, double frameBudgetMs, double frameP95Ms, double frameMaxMs, int framesOverBudget,
                          double seekCpuP50Ms, double seekCpuP95Ms, double seekCpuMaxMs, double frameCpuP95Ms,
                          double frameCpuMaxMs, double openCpuMs, double firstFullSnapshotCpuMs, long eventsHeapBytes,
                          String loadFailure) {

    public double retainedPerEventByte() {
        return eventBytes == 0 ? 0 : (double) retainedHeapBytes / eventBytes;
    }

    /** What the replayed states and checkpoints retain: the retained heap less the events' own. */
    public long mirrorHeapBytes() {
        return Math.max(0, retainedHeapBytes - eventsHeapBytes);
    }

    public double mirrorPerEventByte() {
        return eventBytes == 0 ? 0 : (double) mirrorHeapBytes() / eventBytes;
    }

    public boolean playbackKeepsUp() {
        return frameP95Ms <= frameBudgetMs;
    }

    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("windowId", windowId);
        fields.put("events", events);
        fields.put("eventBytes", eventBytes);
        fields.put("durationMs", durationMs);
        fields.put("openMs", round(openMs));
        fields.put("firstFullSnapshotMs", round(firstFullSnapshotMs));
        fields.put("openCpuMs", round(openCpuMs));
        fields.put("firstFullSnapshotCpuMs", round(firstFullSnapshotCpuMs));
        fields.put("indexMs", round(indexMs));
        fields.put("checkpoints", checkpoints);
        fields.put("checkpointHeapBytes", checkpointHeapBytes);
        fields.put("seeks", seeks);
        fields.put("seekP50Ms", round(seekP50Ms));
        fields.put("seekP95Ms", round(seekP95Ms));
        fields.put("seekMaxMs", round(seekMaxMs));
        fields.put("seekMaxEventsApplied", seekMaxEventsApplied);
        fields.put("seekCpuP50Ms", round(seekCpuP50Ms));
        fields.put("seekCpuP95Ms", round(seekCpuP95Ms));
        fields.put("seekCpuMaxMs", round(seekCpuMaxMs));
        fields.put("peakHeapBytes", peakHeapBytes);
        fields.put("retainedHeapBytes", retainedHeapBytes);
        fields.put("retainedPerEventByte", round(retainedPerEventByte()));
        fields.put("eventsHeapBytes", eventsHeapBytes);
        fields.put("mirrorHeapBytes", mirrorHeapBytes());
        fields.put("mirrorPerEventByte", round(mirrorPerEventByte()));
        fields.put("maxHeapBytes", maxHeapBytes);
        fields.put("playbackSpeed", 16);
        fields.put("frames", frames);
        fields.put("frameBudgetMs", round(frameBudgetMs));
        fields.put("frameP95Ms", round(frameP95Ms));
        fields.put("frameMaxMs", round(frameMaxMs));
        fields.put("framesOverBudget", framesOverBudget);
        fields.put("frameCpuP95Ms", round(frameCpuP95Ms));
        fields.put("frameCpuMaxMs", round(frameCpuMaxMs));
        fields.put("playbackKeepsUp", playbackKeepsUp());
        if (loadFailure != null) {
            fields.put("loadFailure", loadFailure);
        }
        return fields;
    }

    public String toJson() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bench report is plain data", e);
        }
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        line(out, "file", file + (windowId == null ? "" : "  (window " + windowId + ")"));
        line(out, "events", "%,d events, %s of JSON, %s long".formatted(events, mib(eventBytes), seconds(durationMs)));
        line(out, "open", ms(openMs) + " (CPU " + ms(openCpuMs) + ")");
        line(out, "first full snapshot", ms(firstFullSnapshotMs) + " after opening began (CPU " + ms(firstFullSnapshotCpuMs)
                + ")");
        line(out, "index + checkpoints", ms(indexMs) + ", %d checkpoints holding %s".formatted(checkpoints,
                mib(checkpointHeapBytes)));
        line(out, "random seeks", "%d seeks: p50 %s, p95 %s, max %s (at most %d events after a checkpoint)"
                .formatted(seeks, ms(seekP50Ms), ms(seekP95Ms), ms(seekMaxMs), seekMaxEventsApplied));
        line(out, "  CPU per seek", "p50 %s, p95 %s, max %s".formatted(ms(seekCpuP50Ms), ms(seekCpuP95Ms), ms(seekCpuMaxMs)));
        line(out, "heap retained", "%s (%.2f x the event bytes)".formatted(mib(retainedHeapBytes), retainedPerEventByte()));
        line(out, "  of which events", mib(eventsHeapBytes));
        line(out, "  mirror+checkpoints", "%s (%.2f x the event bytes)".formatted(mib(mirrorHeapBytes()), mirrorPerEventByte()));
        line(out, "heap peak", mib(peakHeapBytes) + " of " + mib(maxHeapBytes) + " max");
        line(out, "playback at 16x", "%d frames: p95 %s, max %s per frame, budget %s, %d over budget (%s)".formatted(
                frames, ms(frameP95Ms), ms(frameMaxMs), ms(frameBudgetMs), framesOverBudget,
                playbackKeepsUp() ? "keeps up" : "falls behind"));
        line(out, "  CPU per frame", "p95 %s, max %s".formatted(ms(frameCpuP95Ms), ms(frameCpuMaxMs)));
        if (loadFailure != null) {
            line(out, "load stopped", loadFailure);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-21s %s%n", label + ":", value));
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
