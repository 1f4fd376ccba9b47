package dev.phreplay.ui.session.core;

import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.Timeline;
import dev.phreplay.ui.session.TimelineMarker;
import java.util.ArrayList;
import java.util.List;

/**
 * Timeline markers read from a window's own events once it is indexed: clicks, navigations
 * (Meta) and custom events. Console errors, failed requests and rage clicks come from the
 * inspectors ({@code dev.phreplay.inspect}) once they are wired in.
 */
final class WindowMarkers {
    private static final int CLICK = 2;

    private WindowMarkers() {}

    static List<TimelineMarker> of(Timeline<MirrorState> timeline) throws InterruptedException {
        timeline.awaitLoaded();
        List<TimelineMarker> markers = new ArrayList<>();
        long start = timeline.startTimestamp();
        for (int i = 0; i < timeline.eventCount(); i++) {
            RecordedEvent event;
            try {
                event = timeline.event(i).decode();
            } catch (EventDecodeException e) {
                continue;
            }
            long offset = event.timestamp() - start;
            switch (event) {
                case RecordedEvent.Incremental incremental
                        when incremental.data() instanceof IncrementalData.MouseInteraction click && click.type() == CLICK ->
                        markers.add(new TimelineMarker(offset, TimelineMarker.Kind.CLICK, "Click", "node " + click.id()));
                case RecordedEvent.Meta meta when meta.href() != null ->
                        markers.add(new TimelineMarker(offset, TimelineMarker.Kind.NAVIGATION, meta.href(), ""));
                case RecordedEvent.Custom custom ->
                        markers.add(new TimelineMarker(offset, TimelineMarker.Kind.CUSTOM, custom.tag(), String.valueOf(custom.payload())));
                default -> { }
            }
        }
        return markers;
    }
}
