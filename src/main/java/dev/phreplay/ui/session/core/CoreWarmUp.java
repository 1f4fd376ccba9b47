package dev.phreplay.ui.session.core;

import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageValidator;
import dev.phreplay.format.PackageWriter;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.replay.MirrorState;
import dev.phreplay.replay.Seeker;
import dev.phreplay.replay.Timeline;
import dev.phreplay.replay.TimelineOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Opens, verifies and replays a tiny package of its own, in the background, while the player's window
 * and web view start: the JSON, ZIP and mirror code is then loaded and compiled before the user's file
 * is opened (cold, that is about half a second of the time to the first frame).
 */
final class CoreWarmUp {
    private static final String WINDOW = "warm-up";
    private static final String[] EVENTS = {
        "{\"type\":4,\"data\":{\"href\":\"about:blank\",\"width\":800,\"height\":600},\"timestamp\":1000}",
        "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":2,\"id\":2,\"tagName\":\"html\","
                + "\"attributes\":{},\"childNodes\":[{\"type\":2,\"id\":3,\"tagName\":\"body\",\"attributes\":{\"class\":\"a\"},"
                + "\"childNodes\":[{\"type\":3,\"id\":4,\"textContent\":\"warm\"}]}]}]},\"initialOffset\":{\"left\":0,\"top\":0}},"
                + "\"timestamp\":1001}",
        "{\"type\":3,\"data\":{\"source\":0,\"texts\":[{\"id\":4,\"value\":\"up\"}],\"attributes\":[{\"id\":3,"
                + "\"attributes\":{\"class\":\"b\"}}],\"removes\":[],\"adds\":[{\"parentId\":3,\"nextId\":null,\"node\":{\"type\":2,"
                + "\"id\":5,\"tagName\":\"div\",\"attributes\":{\"id\":\"x\"},\"childNodes\":[]}}]},\"timestamp\":1002}",
        "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":1,\"y\":2,\"id\":5,\"timeOffset\":0}]},\"timestamp\":1003}",
    };

    private CoreWarmUp() {}

    static CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("phreplay-warm-up").start(() -> {
            run();
            done.complete(null);
        });
        return done;
    }

    /** Returns whether the whole warm-up ran. */
    static boolean run() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("phreplay-warm-up-");
            Path file = folder.resolve("warm-up.phreplay");
            write(file);
            PackageValidator.validate(file);
            try (OpenedRecording recording = Recordings.open(file);
                 Timeline<MirrorState> timeline = Timeline.load(recording.events(WINDOW), MirrorState::new,
                         TimelineOptions.DEFAULT)) {
                timeline.awaitLoaded();
                Seeker<MirrorState> seeker = timeline.newSeeker();
                seeker.seek(timeline.endOffset());
                seeker.seek(0);
                return seeker.state().mirror().node(5) == null && timeline.eventCount() == EVENTS.length;
            }
        } catch (IOException | RecordingException | RuntimeException | InterruptedException e) {
            // Warming up only saves time: when it cannot run, the first file simply opens cold.
            return false;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void write(Path file) throws IOException {
        try (PackageWriter writer = PackageWriter.create(file)) {
            writer.beginWindow(WINDOW);
            for (String event : EVENTS) {
                writer.append(event.getBytes(StandardCharsets.UTF_8));
            }
            writer.endWindow();
            writer.finish("warm-up", "file", null);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temporary folder of a few hundred bytes is harmless
        }
    }
}
