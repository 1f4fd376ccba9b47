package dev.phreplay.dom;

import static dev.phreplay.dom.Events.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.event.SerializedNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PausedReplayTest {
    private static final long T0 = 1_000_000;

    private static RecordedEvent.FullSnapshot snapshot(long offset, String bodyClass) {
        SerializedNode.Element html = element(2, "html", element(3, "head"), element(4, "body", Map.of("class", bodyClass)));
        return new RecordedEvent.FullSnapshot(T0 + offset, new SerializedNode.Document(1, List.of(html), null, null), 0, 0);
    }

    private static RecordedEvent.Incremental setClass(long offset, String value) {
        return new RecordedEvent.Incremental(T0 + offset, new IncrementalData.Mutation(List.of(),
                List.of(new IncrementalData.AttributeChange(4, set("class", value))), List.of(), List.of(), false));
    }

    private static final List<RecordedEvent> EVENTS = List.of(
            new RecordedEvent.DomContentLoaded(T0),
            new RecordedEvent.Meta(T0 + 10, null, 800, 600),
            snapshot(10, "first"),
            setClass(20, "changed"),
            new RecordedEvent.Meta(T0 + 30, null, 1024, 768),
            snapshot(30, "second"),
            setClass(40, "changed-again"));

    private static String bodyClass(Mirror mirror) {
        return ((MirrorElement) mirror.node(4)).attribute("class");
    }

    @Test
    void followsRrwebsPauseSemantics() {
        assertEquals("first", bodyClass(PausedReplay.at(EVENTS, 0)), "the first full snapshot is the poster");
        assertEquals(800, PausedReplay.at(EVENTS, 0).viewportWidth());
        assertEquals("first", bodyClass(PausedReplay.at(EVENTS, 20)), "events at the target are not applied");
        assertEquals("changed", bodyClass(PausedReplay.at(EVENTS, 21)));
        assertEquals("first", bodyClass(PausedReplay.at(EVENTS, 30)), "a Meta at the target discards what came before");
        assertEquals("second", bodyClass(PausedReplay.at(EVENTS, 31)));
        assertEquals(1024, PausedReplay.at(EVENTS, 31).viewportWidth());
        assertEquals("changed-again", bodyClass(PausedReplay.at(EVENTS, 41)));
    }

    @Test
    void anyOrderOfTimesGivesWhatFreshReplaysGive() {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        try (PausedReplay replay = new PausedReplay(() -> {
            opened.incrementAndGet();
            return new CountingIterator(EVENTS.iterator(), closed);
        })) {
            for (long t : new long[] {0, 21, 30, 31, 41, 41, 21, 5, 100}) {
                assertEquals(OracleCase.dump(PausedReplay.at(EVENTS, t), t), OracleCase.dump(replay.advanceTo(t), t), "t=" + t);
            }
        }
        assertEquals(opened.get(), closed.get(), "every opened pass over the events is closed");
    }

    @Test
    void noEventsGiveAnEmptyDocument() {
        Mirror mirror = PausedReplay.at(List.of(), 100);
        assertEquals(0, mirror.document().children().size());
        assertNull(mirror.node(1));
    }

    private record CountingIterator(Iterator<RecordedEvent> delegate, AtomicInteger closed)
            implements Iterator<RecordedEvent>, AutoCloseable {
        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public RecordedEvent next() {
            return delegate.next();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
