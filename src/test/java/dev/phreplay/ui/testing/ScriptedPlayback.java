package dev.phreplay.ui.testing;

import static dev.phreplay.ui.testing.Dom.el;
import static dev.phreplay.ui.testing.Dom.text;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.TimeRange;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.ViewportSize;
import dev.phreplay.ui.session.WindowPlayback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A window whose "events" are at every whole second except in an inactive stretch: event k
 * (at k×1000 ms) sets the page's text to "event k". A click happens at 5 s. Built by hand on the
 * mirror classes, so the player can be tested before the real replay engine is wired in.
 */
public final class ScriptedPlayback implements WindowPlayback {
    public static final long DURATION = 60_000;
    public static final TimeRange INACTIVE = new TimeRange(20_000, 50_000);

    private final String label;
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Integer> events = new ArrayList<>();
    private final int brokenEvent;
    private MirrorDocument document;
    private MirrorCharacterData clock;
    private MirrorElement body;
    private long offset;
    public final AtomicInteger seeks = new AtomicInteger();

    /** {@code brokenEvent}: an event whose change the page cannot apply (-1: none). */
    public ScriptedPlayback(String label, int brokenEvent) {
        this.label = label;
        this.brokenEvent = brokenEvent;
        for (int k = 0; k * 1000L <= DURATION; k++) {
            if (!INACTIVE.contains(k * 1000L) || k * 1000L == INACTIVE.start()) {
                events.add(k);
            }
        }
    }

    public static String textAt(String label, double offset) {
        long last = -1;
        for (int k = 0; k * 1000L <= DURATION; k++) {
            boolean exists = !INACTIVE.contains(k * 1000L) || k * 1000L == INACTIVE.start();
            if (exists && k * 1000L < offset) {
                last = k;
            }
        }
        return last < 0 ? label + " start" : label + " event " + last;
    }

    @Override
    public long startTimestamp() {
        return 1_700_000_000_000L;
    }

    @Override
    public long duration() {
        return DURATION;
    }

    @Override
    public void seek(long target) {
        seeks.incrementAndGet();
        clock = text(textAt(label, target));
        document = Dom.page(el("h1", text(label)), el("p", "id", "clock", clock));
        body = Dom.body(document);
        offset = target;
        listeners.forEach(l -> l.documentRebuilt(document));
        listeners.forEach(l -> l.pointerMoved(100, 100, body.id()));
    }

    @Override
    public void advanceTo(long target) {
        for (int i = 0; i < events.size(); i++) {
            long at = events.get(i) * 1000L;
            if (at >= offset && at < target) {
                apply(i, events.get(i));
            }
        }
        offset = Math.max(offset, target);
    }

    private void apply(int index, int k) {
        for (PlaybackListener listener : listeners) {
            listener.eventApplying(index);
            clock.setData(label + " event " + k);
            listener.characterDataChanged(clock);
            if (k == 5) {
                listener.clicked(200, 150, body.id());
            }
            if (index == brokenEvent) {
                MirrorElement ghost = new MirrorElement(Dom.id(), "div", null);
                listener.attributeChanged(ghost, "class", "never-rendered");
            }
        }
    }

    @Override
    public void addListener(PlaybackListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PlaybackListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ViewportSize viewport() {
        return new ViewportSize(800, 600);
    }

    @Override
    public List<TimeRange> inactivePeriods() {
        return List.of(INACTIVE);
    }

    @Override
    public List<TimelineMarker> markers() {
        return List.of(
                new TimelineMarker(5_000, TimelineMarker.Kind.CLICK, "click on body", "x=200 y=150"),
                new TimelineMarker(12_000, TimelineMarker.Kind.CONSOLE_ERROR, "TypeError: x is undefined", "at app.js:1"),
                new TimelineMarker(55_000, TimelineMarker.Kind.CUSTOM, "checkout", "{}"));
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
