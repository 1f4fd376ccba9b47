package dev.phreplay.ui.session.core;

import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.css.CssSheet;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.SeekListener;
import dev.phreplay.replay.Seeker;
import dev.phreplay.replay.Timeline;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.TimeRange;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.ViewportSize;
import dev.phreplay.ui.session.WindowPlayback;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A window of a real recording: the replay timeline (checkpoints, background indexing) moving a
 * mirror. The player's listeners hang on the mirror while playing, so they see each change; a
 * seek applies its events with them detached and then reports one rebuild.
 */
final class CoreWindow implements WindowPlayback, SeekListener<MirrorState> {
    private final Timeline<MirrorState> timeline;
    private final Seeker<MirrorState> seeker;
    private final CompletableFuture<List<TimelineMarker>> markers;
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();
    private Mirror attached;
    /** The seeker swapped its state during forward play: the page must be rebuilt from the new one. */
    private boolean replaced;

    CoreWindow(Timeline<MirrorState> timeline, CompletableFuture<List<TimelineMarker>> markers) {
        this.timeline = timeline;
        this.seeker = timeline.seeker();
        this.markers = markers;
        seeker.addListener(this);
    }

    Mirror mirror() {
        return seeker.state().mirror();
    }

    @Override
    public long startTimestamp() {
        return timeline.startTimestamp();
    }

    @Override
    public long duration() {
        return timeline.lastOffset();
    }

    @Override
    public double loadedFraction() {
        return timeline.isLoaded() ? 1 : -1;
    }

    /**
     * A seek a little ahead (dragging the scrubber, a step forward) is played, not rebuilt: the
     * page then takes only the changes, as while playing, instead of being drawn again whole.
     */
    static final int FORWARD_HOP_EVENTS = 1_500;

    @Override
    public void seek(long offset) {
        if (isShortHopForward(offset)) {
            advanceTo(offset);
        } else {
            rebuildAt(offset);
        }
    }

    /** Seeks and draws the page again whole. */
    void rebuildAt(long offset) {
        detach();
        seeker.seek(offset);
        rebuilt();
    }

    private boolean isShortHopForward(long offset) {
        if (offset <= seeker.offset() || seeker.posterShown() || !timeline.isReady(offset)) {
            return false;
        }
        return timeline.countBefore(offset) - seeker.position() <= FORWARD_HOP_EVENTS;
    }

    @Override
    public void advanceTo(long offset) {
        attach();
        announce(seeker.position());
        seeker.advanceTo(offset);
        if (replaced) {
            resync();
        }
    }

    /**
     * A state replaced during forward play (rrweb's poster giving way to the recorded prefix) is
     * drawn once, when the step ends: drawn at once, it would show the empty page of the events
     * before the first full snapshot, then build the whole page again.
     */
    @Override
    public void eventApplied(int position, RawEvent raw, RecordedEvent event) {
        if (!replaced) {
            announce(position + 1);
        }
    }

    @Override
    public void stateReplaced(MirrorState state) {
        if (attached != null) {
            detach();
            replaced = true;
        }
    }

    @Override
    public void seeked(long offset) {
        if (attached != null) {
            // a backward move inside advanceTo: rebuild the page as after a seek
            detach();
            resync();
        }
    }

    private void resync() {
        replaced = false;
        rebuilt();
        attach();
    }

    private void announce(int position) {
        if (position < timeline.eventCount()) {
            int index = timeline.event(position).index();
            listeners.forEach(l -> l.eventApplying(index));
        }
    }

    private void rebuilt() {
        Mirror mirror = mirror();
        for (PlaybackListener listener : listeners) {
            listener.documentRebuilt(mirror.document());
            if (mirror.viewportWidth() > 0 && mirror.viewportHeight() > 0) {
                listener.viewportResized(mirror.viewportWidth(), mirror.viewportHeight());
            }
            listener.scrollChanged(mirror.document(), mirror.windowScrollX(), mirror.windowScrollY());
            if (mirror.pointerTargetId() != -1) {
                listener.pointerMoved(mirror.pointerX(), mirror.pointerY(), mirror.hoveredId());
            }
            if (mirror.selection() != null) {
                listener.selectionChanged(mirror.selection());
            }
            mirror.canvasImages().forEach((id, image) -> {
                if (mirror.node(id) instanceof MirrorElement canvas) {
                    listener.canvasChanged(canvas, image);
                }
            });
            mirror.mediaStates().forEach((id, state) -> {
                if (mirror.node(id) instanceof MirrorElement media) {
                    listener.mediaChanged(media, state);
                }
            });
            for (int hostId : mirror.adoptedSheetHosts()) {
                MirrorNode host = mirror.node(hostId);
                if (host != null) {
                    listener.adoptedSheetsChanged(host, mirror.adoptedSheets(hostId).stream()
                            .map(CssSheet::cssText).toList());
                }
            }
        }
    }

    private void attach() {
        Mirror current = mirror();
        if (attached == current) {
            return;
        }
        detach();
        listeners.forEach(current::addListener);
        attached = current;
    }

    private void detach() {
        if (attached != null) {
            listeners.forEach(attached::removeListener);
            attached = null;
        }
    }

    @Override
    public void addListener(PlaybackListener listener) {
        listeners.add(listener);
        if (attached != null) {
            attached.addListener(listener);
        }
    }

    @Override
    public void removeListener(PlaybackListener listener) {
        listeners.remove(listener);
        if (attached != null) {
            attached.removeListener(listener);
        }
    }

    @Override
    public ViewportSize viewport() {
        Mirror mirror = mirror();
        return mirror.viewportWidth() > 0 && mirror.viewportHeight() > 0
                ? new ViewportSize(mirror.viewportWidth(), mirror.viewportHeight()) : null;
    }

    @Override
    public List<TimeRange> inactivePeriods() {
        return timeline.inactivity().periods().stream().map(p -> new TimeRange(p.start(), p.end())).toList();
    }

    @Override
    public List<TimelineMarker> markers() {
        return markers.getNow(List.of());
    }

    @Override
    public void whenMarkersReady(Consumer<List<TimelineMarker>> action) {
        markers.thenAccept(action);
    }

    @Override
    public void close() {
        detach();
        seeker.removeListener(this);
        timeline.close();
    }
}
