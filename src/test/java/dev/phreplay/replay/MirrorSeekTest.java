package dev.phreplay.replay;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.dom.DomDump;
import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.PausedReplay;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.Recordings;
import dev.phreplay.testing.Shared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the real mirror, on every rrweb fixture: a seek through checkpoints, in random order,
 * gives the same page (its DOM dump, viewport, pointer, hover and scroll) as replaying from the
 * start, and as the mirror's model of rrweb's {@code pause(t)}.
 */
class MirrorSeekTest {
    static Stream<Path> fixtures() {
        return Shared.rrwebFixtures().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void seekingGivesThePageOfASequentialReplay(Path fixture) throws Exception {
        try (OpenedRecording recording = Recordings.open(fixture)) {
            for (String window : recording.windowIds()) {
                CheckpointPolicy dense = new CheckpointPolicy(2, 1 << 20, Double.POSITIVE_INFINITY);
                try (Timeline<MirrorState> timeline = Timeline.load(recording.events(window), MirrorState::new,
                        TimelineOptions.DEFAULT.withCheckpoints(dense))) {
                    timeline.awaitLoaded();
                    Random random = new Random(fixture.getFileName().toString().hashCode());
                    Seeker<MirrorState> seeker = timeline.seeker();
                    for (int i = 0; i < 40; i++) {
                        long offset = random.nextInt(3) == 0 ? timeline.offsetOf(random.nextInt(timeline.eventCount()))
                                : (long) (random.nextDouble() * (timeline.endOffset() + 1));
                        seeker.seek(offset);
                        assertEquals(page(sequential(timeline, offset), offset), page(seeker.state().mirror(), offset),
                                fixture.getFileName() + " window " + window + " at " + offset);
                    }
                }
            }
        }
    }

    /** The mirror's own model of rrweb's {@code pause(t)} (poster, last Meta, skipped types) agrees. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void seekingGivesThePageOfRrwebsPause(Path fixture) throws Exception {
        try (OpenedRecording recording = Recordings.open(fixture)) {
            for (String window : recording.windowIds()) {
                try (Timeline<MirrorState> timeline = Timeline.load(recording.events(window), MirrorState::new,
                        TimelineOptions.DEFAULT)) {
                    timeline.awaitLoaded();
                    List<RecordedEvent> decoded = new ArrayList<>();
                    for (int i = 0; i < timeline.eventCount(); i++) {
                        RecordedEvent event = Decoded.orNull(timeline.event(i));
                        if (event != null) {
                            decoded.add(event);
                        }
                    }
                    Random random = new Random(~fixture.getFileName().toString().hashCode());
                    Seeker<MirrorState> seeker = timeline.seeker();
                    for (int i = 0; i < 40; i++) {
                        long offset = random.nextInt(3) == 0 ? timeline.offsetOf(random.nextInt(timeline.eventCount()))
                                : (long) (random.nextDouble() * (timeline.endOffset() + 1));
                        seeker.seek(offset);
                        assertEquals(page(PausedReplay.at(decoded, offset), offset), page(seeker.state().mirror(), offset),
                                fixture.getFileName() + " window " + window + " at " + offset);
                    }
                }
            }
        }
    }

    /** A fresh mirror with every event before {@code offset} applied in order, then rrweb's poster. */
    private static Mirror sequential(Timeline<MirrorState> timeline, long offset) {
        Mirror mirror = new Mirror();
        int count = timeline.countBefore(offset);
        boolean fullSnapshotApplied = false;
        for (int i = 0; i < count; i++) {
            RecordedEvent event = Decoded.orNull(timeline.event(i));
            if (event != null) {
                mirror.apply(event);
                fullSnapshotApplied |= event instanceof RecordedEvent.FullSnapshot;
            }
        }
        int first = timeline.firstFullSnapshot();
        if (!fullSnapshotApplied && first >= 0) {
            for (int i = 0; i < first; i++) {
                if (Decoded.orNull(timeline.event(i)) instanceof RecordedEvent.Meta meta) {
                    if (i >= count) {
                        mirror.apply(meta);
                    }
                    break;
                }
            }
            mirror.apply(Decoded.orNull(timeline.event(first)));
        }
        return mirror;
    }

    private static String page(Mirror mirror, long offset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = DomDump.generator(out)) {
            DomDump.writeSnapshot(g, offset, mirror);
        }
        return out.toString(StandardCharsets.UTF_8) + "\nviewport " + mirror.viewportWidth() + "x" + mirror.viewportHeight()
                + " pointer " + mirror.pointerX() + "," + mirror.pointerY() + " hovered " + mirror.hoveredId()
                + " scroll " + mirror.windowScrollX() + "," + mirror.windowScrollY();
    }
}
