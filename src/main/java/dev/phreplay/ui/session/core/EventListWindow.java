package dev.phreplay.ui.session.core;

import dev.phreplay.dom.Mirror;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.EventType;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.IncrementalSource;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.TimeRange;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.ViewportSize;
import dev.phreplay.ui.session.WindowPlayback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A window replayed straight from its event list into a mirror: a seek re-applies from the start,
 * forward play applies the events in between. The interim engine until the replay module's
 * timeline (checkpoints, background indexing) is wired in; fine for recordings of ordinary size.
 * The listeners hang on the mirror while playing; a seek applies its events with them detached
 * and reports one rebuild.
 */
final class EventListWindow implements WindowPlayback {
    private static final long INACTIVE_MS = 5_000;
    private final List<RawEvent> events;
    private final long[] offsets;
    private final int firstFullSnapshot;
    private final List<TimeRange> inactive;
    private final List<TimelineMarker> markers;
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();
    private Mirror mirror = new Mirror();
    private int position;
    private boolean attached;

    private EventListWindow(List<RawEvent> events, int firstFullSnapshot, List<TimeRange> inactive,
                            List<TimelineMarker> markers) {
        this.events = events;
        this.firstFullSnapshot = firstFullSnapshot;
        this.inactive = inactive;
        this.markers = markers;
        offsets = new long[events.size()];
        long start = events.isEmpty() ? 0 : events.getFirst().timestamp();
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = events.get(i).timestamp() - start;
        }
    }

    static EventListWindow load(EventCursor cursor) throws IOException {
        List<RawEvent> events = new ArrayList<>();
        List<TimelineMarker> markers = new ArrayList<>();
        List<Long> activity = new ArrayList<>();
        int firstFull = -1;
        try (cursor) {
            while (cursor.hasNext()) {
                RawEvent raw = cursor.next();
                events.add(raw);
                RecordedEvent event = decodeOrNull(raw);
                long offset = raw.timestamp() - events.getFirst().timestamp();
                if (event instanceof RecordedEvent.FullSnapshot && firstFull < 0) {
                    firstFull = events.size() - 1;
                }
                collect(event, offset, markers, activity);
            }
        }
        return new EventListWindow(events, firstFull, inactivePeriods(activity), markers);
    }

    private static void collect(RecordedEvent event, long offset, List<TimelineMarker> markers, List<Long> activity) {
        switch (event) {
            case RecordedEvent.Incremental incremental -> {
                IncrementalSource source = IncrementalSource.of(incremental.data().source());
                if (source != null && source.isUserInteraction()) {
                    activity.add(offset);
                }
                if (incremental.data() instanceof IncrementalData.MouseInteraction click && click.type() == 2) {
                    markers.add(new TimelineMarker(offset, TimelineMarker.Kind.CLICK, "Click", "node " + click.id()));
                }
            }
            case RecordedEvent.Meta meta when meta.href() != null ->
                    markers.add(new TimelineMarker(offset, TimelineMarker.Kind.NAVIGATION, meta.href(), ""));
            case RecordedEvent.Custom custom ->
                    markers.add(new TimelineMarker(offset, TimelineMarker.Kind.CUSTOM, custom.tag(), String.valueOf(custom.payload())));
            case null, default -> { }
        }
    }

    private static List<TimeRange> inactivePeriods(List<Long> activity) {
        List<TimeRange> periods = new ArrayList<>();
        for (int i = 1; i < activity.size(); i++) {
            if (activity.get(i) - activity.get(i - 1) > INACTIVE_MS) {
                periods.add(new TimeRange(activity.get(i - 1), activity.get(i)));
            }
        }
        return periods;
    }

    private static RecordedEvent decodeOrNull(RawEvent raw) {
        try {
            return raw.decode();
        } catch (EventDecodeException e) {
            return null;
        }
    }

    Mirror mirror() {
        return mirror;
    }

    @Override
    public long startTimestamp() {
        return events.isEmpty() ? 0 : events.getFirst().timestamp();
    }

    @Override
    public long duration() {
        return offsets.length == 0 ? 0 : offsets[offsets.length - 1];
    }

    @Override
    public void seek(long offset) {
        detach();
        mirror = new Mirror();
        position = 0;
        // rrweb's poster: before the first full snapshot is due, the page shows it anyway
        int target = Math.max(countBefore(offset), firstFullSnapshot + 1);
        applyUpTo(target, false);
        rebuilt();
    }

    @Override
    public void advanceTo(long offset) {
        int target = countBefore(offset);
        if (target < position) {
            seek(offset);
            return;
        }
        attach();
        applyUpTo(target, true);
    }

    private void applyUpTo(int target, boolean announce) {
        while (position < target) {
            RawEvent raw = events.get(position++);
            if (announce) {
                listeners.forEach(l -> l.eventApplying(raw.index()));
            }
            RecordedEvent event = decodeOrNull(raw);
            if (event != null && event.type() != EventType.PLUGIN) {
                mirror.apply(event);
            }
        }
    }

    private int countBefore(long offset) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void rebuilt() {
        for (PlaybackListener listener : listeners) {
            listener.documentRebuilt(mirror.document());
            if (mirror.viewportWidth() > 0 && mirror.viewportHeight() > 0) {
                listener.viewportResized(mirror.viewportWidth(), mirror.viewportHeight());
            }
            listener.scrollChanged(mirror.document(), mirror.windowScrollX(), mirror.windowScrollY());
            if (mirror.pointerTargetId() != -1) {
                listener.pointerMoved(mirror.pointerX(), mirror.pointerY(), mirror.hoveredId());
            }
        }
    }

    private void attach() {
        if (!attached) {
            listeners.forEach(mirror::addListener);
            attached = true;
        }
    }

    private void detach() {
        if (attached) {
            listeners.forEach(mirror::removeListener);
            attached = false;
        }
    }

    @Override
    public void addListener(PlaybackListener listener) {
        listeners.add(listener);
        if (attached) {
            mirror.addListener(listener);
        }
    }

    @Override
    public void removeListener(PlaybackListener listener) {
        listeners.remove(listener);
        mirror.removeListener(listener);
    }

    @Override
    public ViewportSize viewport() {
        return mirror.viewportWidth() > 0 && mirror.viewportHeight() > 0
                ? new ViewportSize(mirror.viewportWidth(), mirror.viewportHeight()) : null;
    }

    @Override
    public List<TimeRange> inactivePeriods() {
        return inactive;
    }

    @Override
    public List<TimelineMarker> markers() {
        return markers;
    }

    @Override
    public void close() {
        detach();
        listeners.clear();
    }
}
