package dev.phreplay.dom;

import dev.phreplay.event.RecordedEvent;
import java.util.List;

/**
 * What a fresh rrweb Replayer shows after {@code pause(offset)}: the first full snapshot as the
 * poster, then, from the last Meta at or before the target, every event whose timestamp is
 * strictly below {@code first timestamp + offset}, except DomContentLoaded, Load and Custom.
 * The poster's own full snapshot is skipped once, as rrweb does.
 *
 * <p>An instance answers a series of increasing offsets incrementally: when no Meta lies between
 * two targets, the later state is the earlier one plus the events in between, which is exactly
 * what a fresh Replayer computes. Otherwise it starts again from the poster.
 */
public final class PausedReplay {
    private final List<RecordedEvent> events;
    private final RecordedEvent poster;
    private Mirror mirror;
    private int start = -1;
    private int next;
    private long offset = -1;
    private boolean posterSkipped;

    /** {@code events} must be sorted by timestamp with a stable sort. */
    public PausedReplay(List<RecordedEvent> events) {
        this.events = events;
        RecordedEvent first = null;
        for (RecordedEvent event : events) {
            if (event instanceof RecordedEvent.FullSnapshot) {
                first = event;
                break;
            }
        }
        this.poster = first;
    }

    /** A fresh replay paused at {@code offset}. */
    public static Mirror at(List<RecordedEvent> events, long offset) {
        return new PausedReplay(events).advanceTo(offset);
    }

    /**
     * The state at {@code offset}. The returned mirror is this replay's own and changes with the
     * next call; {@link Mirror#copy()} it to keep it.
     */
    public Mirror advanceTo(long offset) {
        if (events.isEmpty()) {
            return mirror == null ? mirror = new Mirror() : mirror;
        }
        long baseline = events.getFirst().timestamp() + offset;
        int lastMeta = lastMetaAtOrBefore(baseline);
        if (mirror == null || offset < this.offset || lastMeta != start) {
            restart(lastMeta);
        }
        this.offset = offset;
        while (next < events.size() && events.get(next).timestamp() < baseline) {
            RecordedEvent event = events.get(next++);
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

    private void restart(int lastMeta) {
        mirror = new Mirror();
        for (RecordedEvent event : events) {
            if (event instanceof RecordedEvent.Meta meta) {
                // The Replayer sizes its iframe from the first Meta at construction.
                mirror.apply(meta);
                break;
            }
        }
        if (poster != null) {
            mirror.apply(poster);
        }
        start = lastMeta;
        next = Math.max(0, lastMeta);
        posterSkipped = false;
    }

    private int lastMetaAtOrBefore(long baseline) {
        int found = -1;
        for (int i = 0; i < events.size() && events.get(i).timestamp() <= baseline; i++) {
            if (events.get(i) instanceof RecordedEvent.Meta) {
                found = i;
            }
        }
        return found;
    }
}
