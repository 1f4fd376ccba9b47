package dev.phreplay.ui.session.core;

import dev.phreplay.format.AssetPaths;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.RecordingException;
import dev.phreplay.inspect.ActivityItem;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.Timeline;
import dev.phreplay.replay.TimelineOptions;
import dev.phreplay.ui.session.Finding;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A recording opened by the core's reader; each window replays through the timeline into a mirror. */
final class CoreRecording implements PlayerRecording {
    private final OpenedRecording recording;
    private final boolean isPackage;
    private final List<Finding> warnings;
    private final Supplier<CompletableFuture<List<Finding>>> verifier;
    private CompletableFuture<List<Finding>> verification;
    private final CompletableFuture<Inspection> inspection = new CompletableFuture<>();
    private boolean inspecting;

    /** {@code verifier} starts the verification; it runs, like the inspection, once first asked for. */
    CoreRecording(OpenedRecording recording, boolean isPackage, List<Finding> warnings,
                  Supplier<CompletableFuture<List<Finding>>> verifier) {
        this.recording = recording;
        this.isPackage = isPackage;
        this.warnings = warnings;
        this.verifier = verifier;
    }

    /** One pass of the inspectors over the recording, beside the first frame: markers and panels wait for it. */
    private void inspect() {
        try {
            inspection.complete(Inspector.inspect(recording));
        } catch (IOException | RuntimeException e) {
            inspection.completeExceptionally(e);
        }
    }

    /** Started when first asked for, so that it does not compete with the first frame. */
    @Override
    public synchronized CompletableFuture<Inspection> inspection() {
        if (!inspecting) {
            inspecting = true;
            Thread.ofPlatform().daemon().name("phreplay-inspect").start(this::inspect);
        }
        return inspection;
    }

    @Override
    public Map<String, String> assetEntries() {
        Map<String, String> byUrl = new LinkedHashMap<>();
        for (String entry : recording.assetEntries()) {
            for (String url : AssetPaths.urlsFor(entry)) {
                byUrl.put(url, entry);
            }
        }
        return byUrl;
    }

    @Override
    public Optional<byte[]> asset(String entry) throws IOException {
        try {
            return recording.asset(entry);
        } catch (RecordingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Path file() {
        return recording.path();
    }

    @Override
    public List<String> windowIds() {
        return recording.windowIds();
    }

    @Override
    public WindowPlayback openWindow(String windowId) throws IOException {
        Timeline<MirrorState> timeline = Timeline.load(recording.events(windowId), MirrorState::new, TimelineOptions.DEFAULT);
        long start = timeline.startTimestamp();
        // the markers come with the inspection, which starts when the player asks for it, not here
        CompletableFuture<List<TimelineMarker>> markers = inspection
                .thenApply(done -> markers(done, windowId, start))
                .exceptionally(failure -> List.of());
        return new CoreWindow(timeline, markers);
    }

    private static List<TimelineMarker> markers(Inspection done, String windowId, long windowStart) {
        return done.activity().stream()
                .filter(item -> windowId.equals(item.windowId()))
                .map(item -> marker(item, windowStart))
                .filter(Objects::nonNull)
                .toList();
    }

    private static TimelineMarker marker(ActivityItem item, long windowStart) {
        TimelineMarker.Kind kind = switch (item.kind()) {
            case CLICK -> TimelineMarker.Kind.CLICK;
            case RAGE_CLICK -> TimelineMarker.Kind.RAGE_CLICK;
            case NAVIGATION, PAGE_VIEW -> TimelineMarker.Kind.NAVIGATION;
            case CONSOLE_ERROR -> TimelineMarker.Kind.CONSOLE_ERROR;
            case FAILED_REQUEST -> TimelineMarker.Kind.FAILED_REQUEST;
            case CUSTOM_EVENT -> TimelineMarker.Kind.CUSTOM;
            default -> null;
        };
        return kind == null ? null
                : new TimelineMarker(Math.max(0, item.timestamp() - windowStart), kind, item.title(), item.detail());
    }

    /** The package format does not record where the recording was made. */
    @Override
    public ZoneId timeZone() {
        return null;
    }

    @Override
    public boolean verified() {
        CompletableFuture<List<Finding>> verification = verification();
        return isPackage && verification.isDone() && !verification.isCompletedExceptionally()
                && verification.join().stream().noneMatch(Finding::isError);
    }

    @Override
    public List<Finding> warnings() {
        CompletableFuture<List<Finding>> verification = verification();
        if (!verification.isDone() || verification.isCompletedExceptionally()) {
            return warnings;
        }
        LinkedHashSet<Finding> all = new LinkedHashSet<>(verification.join());
        all.addAll(warnings);
        return all.stream().filter(finding -> !finding.isError()).toList();
    }

    @Override
    public synchronized CompletableFuture<List<Finding>> verification() {
        if (verification == null) {
            verification = verifier.get();
        }
        return verification;
    }

    @Override
    public void close() {
        inspection.cancel(true);
        try {
            recording.close();
        } catch (IOException e) {
            // closing a read-only input: nothing to lose
        }
    }
}
