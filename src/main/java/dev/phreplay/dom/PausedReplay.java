package dev.phreplay.dom;

import dev.phreplay.event.RecordedEvent;
import java.util.List;

/**
 * What a fresh rrweb Replayer shows after {@code pause(offset)}: the first full snapshot as the
 * poster, then, from the last Meta at or before the target, every event whose timestamp is
 * strictly below {@code first timestamp + offset}, except DomContentLoaded, Load and Custom.
 * The poster's own full snapshot is skipped once, as rrweb does.
 */
public final class PausedReplay {
    private PausedReplay() {}

    /** {@code events} must be sorted by timestamp with a stable sort. */
    public static Mirror at(List<RecordedEvent> events, long offset) {
        Mirror mirror = new Mirror();
        if (events.isEmpty()) {
            return mirror;
        }
        long baseline = events.getFirst().timestamp() + offset;
        RecordedEvent poster = null;
        for (RecordedEvent event : events) {
            if (event instanceof RecordedEvent.Meta meta && mirror.viewportWidth == 0 && mirror.viewportHeight == 0) {
                mirror.apply(meta);
            }
            if (event instanceof RecordedEvent.FullSnapshot) {
                poster = event;
                break;
            }
        }
        if (poster != null) {
            mirror.apply(poster);
        }
        int start = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof RecordedEvent.Meta && events.get(i).timestamp() <= baseline) {
                start = i;
            }
        }
        boolean posterSkipped = false;
        for (int i = start; i < events.size(); i++) {
            RecordedEvent event = events.get(i);
            if (event.timestamp() >= baseline) {
                break;
            }
            if (event == poster && !posterSkipped) {
                posterSkipped = true;
                continue;
            }
            if (event instanceof RecordedEvent.DomContentLoaded || event instanceof RecordedEvent.Load
                    || event instanceof RecordedEvent.Custom) {
                continue;
            }
            mirror.apply(event);
        }
        return mirror;
    }
}
