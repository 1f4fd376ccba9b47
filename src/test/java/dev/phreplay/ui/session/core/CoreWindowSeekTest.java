package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.dom.DomDump;
import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.testing.Shared;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.PlayerRecording;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Seeking a little ahead plays the changes onto the page; seeking back or far draws it again whole. */
class CoreWindowSeekTest {
    private static final class Counting implements PlaybackListener {
        int rebuilds;
        int insertions;
        final java.util.List<MirrorDocument> rebuilt = new java.util.ArrayList<>();

        @Override public void documentRebuilt(MirrorDocument document) {
            rebuilds++;
            rebuilt.add(document);
        }

        @Override public void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) { insertions++; }
    }

    private static String dump(Mirror mirror, long t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = DomDump.generator(out)) {
            DomDump.writeSnapshot(g, t, mirror);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortHopForwardIsPlayedAndTheRestIsRebuilt() throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("iframe.json"), progress -> { });
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
             CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst());
             CoreWindow reference = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            while (window.loadedFraction() < 1) {
                Thread.sleep(10); // the hop is played only once the indexer has read that far
            }
            Counting counting = new Counting();
            window.addListener(counting);
            long end = window.duration();
            window.seek(end / 2);
            assertEquals(1, counting.rebuilds, "a first seek draws the page");
            window.seek(end);
            assertEquals(1, counting.rebuilds, "a short hop ahead is played");
            assertTrue(counting.insertions > 0, "the page heard the nodes added on the way");
            reference.rebuildAt(end);
            assertEquals(dump(reference.mirror(), end), dump(window.mirror(), end), "both ways give the same page");
            window.seek(end / 2);
            assertEquals(2, counting.rebuilds, "a seek back draws the page again");
        }
    }

    @Test
    void playingOnFromThePosterDrawsTheRecordedPageOnceWithoutAnEmptyPageBetween() throws Exception {
        OpenOutcome outcome = new CoreOpener().open(Shared.rrwebFixture("sample-events.json"), progress -> { });
        try (PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
             CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            Counting counting = new Counting();
            window.addListener(counting);
            window.seek(0);
            assertEquals(1, counting.rebuilds, "the poster: the first full snapshot, shown before play");
            int posterRoot = counting.rebuilt.getFirst().id();
            window.advanceTo(1_000);
            assertEquals(2, counting.rebuilds, "leaving the poster draws the page once: " + counting.rebuilt);
            MirrorDocument played = counting.rebuilt.getLast();
            assertEquals(posterRoot, played.id(), "the same recorded page, so the renderer changes only what differs");
            assertTrue(played.children().stream().anyMatch(child -> !child.children().isEmpty()),
                    "the recorded page, not the empty one before the snapshot");
        }
    }
}
