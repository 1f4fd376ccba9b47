package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.ConsoleLevel;
import dev.phreplay.inspect.HarExport;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import dev.phreplay.inspect.ResourceType;
import dev.phreplay.testing.HeadlessFx;
import dev.phreplay.testing.InMemoryRecording;
import java.io.StringWriter;
import java.util.Locale;
import java.util.StringJoiner;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Figures, not a test: how long the inspectors take on 10,000 console entries and 5,000 requests.
 * Run with {@code mvn -o test -Dtest=InspectorBenchmark -Dphreplay.bench=true}; prints, asserts nothing.
 */
@EnabledIfSystemProperty(named = "phreplay.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class InspectorBenchmark {
    static {
        HeadlessFx.useJavaFxHeadlessPlatform();
    }

    private final java.util.prefs.Preferences preferences = java.util.prefs.Preferences.userRoot().node("dev/phreplay/bench");
    private InspectorPane pane;

    @org.junit.jupiter.api.AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Start
    void start(Stage stage) {
        pane = new InspectorPane(new InspectorLayout(preferences));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    static InMemoryRecording heavy() {
        StringJoiner events = new StringJoiner(",", "[", "]");
        long base = 1_700_000_000_000L;
        events.add("{\"type\":4,\"timestamp\":" + base + ",\"data\":{\"href\":\"https://bench.test/\",\"width\":1280,\"height\":800}}");
        String[] levels = {"log", "info", "warn", "error", "debug"};
        for (int i = 0; i < 10_000; i++) {
            events.add(("{\"type\":6,\"timestamp\":%d,\"data\":{\"plugin\":\"rrweb/console@1\",\"payload\":{\"level\":\"%s\","
                    + "\"trace\":[\"app.js:%d:1\"],\"payload\":[\"\\\"message %d\\\"\",\"{\\\"user\\\":{\\\"id\\\":%d,\\\"tags\\\":[1,2,3]}}\"]}}}")
                    .formatted(base + 10L * i, levels[i % levels.length], i, i, i));
        }
        String[] initiators = {"fetch", "xmlhttprequest", "script", "link", "img", "other"};
        for (int batch = 0; batch < 500; batch++) {
            StringJoiner requests = new StringJoiner(",");
            for (int j = 0; j < 10; j++) {
                int n = batch * 10 + j;
                long ts = base + 20L * n;
                requests.add(("{\"name\":\"https://bench.test/r/%d%s\",\"initiatorType\":\"%s\",\"entryType\":\"resource\","
                        + "\"status\":%d,\"timestamp\":%d,\"startTime\":%d,\"duration\":%d,\"fetchStart\":%d,\"requestStart\":%d,"
                        + "\"responseStart\":%d,\"responseEnd\":%d,\"transferSize\":%d}")
                        .formatted(n, n % 6 == 3 ? ".css" : "", initiators[n % 6], n % 50 == 0 ? 500 : 200, ts, 20 * n, 40 + n % 300,
                                20 * n + 1, 20 * n + 2, 20 * n + 30, 20 * n + 40, 1000 + n));
            }
            events.add("{\"type\":6,\"timestamp\":%d,\"data\":{\"plugin\":\"rrweb/network@1\",\"payload\":{\"requests\":[%s]}}}"
                    .formatted(base + 200L * batch + 199, requests));
        }
        for (int i = 0; i < 20_000; i++) {
            events.add(("{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":1,\"positions\":[{\"x\":%d,\"y\":%d,\"id\":1,\"timeOffset\":0}]}}")
                    .formatted(base + 5L * i, i % 800, i % 600));
        }
        return new InMemoryRecording().add("w", events.toString());
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void figures(FxRobot robot) throws Exception {
        InMemoryRecording recording = heavy();
        Inspector.inspect(recording); // warm up
        long decodeStart = System.nanoTime();
        int decoded = 0;
        try (dev.phreplay.inspect.MergedEvents merged = new dev.phreplay.inspect.MergedEvents(recording)) {
            while (merged.hasNext()) {
                merged.next();
                decoded++;
            }
        }
        System.out.printf(Locale.ROOT, "BENCH decode only: %d events in %d ms%n", decoded, ms(decodeStart));
        long start = System.nanoTime();
        Inspection inspection = Inspector.inspect(recording);
        long inspect = ms(start);
        start = System.nanoTime();
        HarExport.write(inspection, "bench", new StringWriter());
        long har = ms(start);
        System.out.printf(Locale.ROOT, "BENCH inspect: %d events -> %d console entries, %d requests, %d activity items in %d ms; HAR %d ms%n",
                inspection.eventCount(), inspection.console().size(), inspection.network().size(), inspection.activity().size(), inspect, har);
        long[] figures = new long[9];
        robot.interact(() -> {
            long t = System.nanoTime();
            pane.setInspection(inspection);
            figures[0] = ms(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            long t = System.nanoTime();
            pane.console().model().levelEnabled(ConsoleLevel.INFO).set(false);
            figures[1] = ms(t);
            t = System.nanoTime();
            pane.console().model().searchProperty().unbind();
            pane.console().model().searchProperty().set("message 99");
            figures[2] = ms(t);
            t = System.nanoTime();
            pane.selectPanel(InspectorPane.Panel.NETWORK);
            pane.network().model().typeProperty().set(ResourceType.FETCH);
            figures[3] = ms(t);
            t = System.nanoTime();
            pane.network().model().failedOnlyProperty().set(true);
            figures[4] = ms(t);
            t = System.nanoTime();
            pane.network().model().failedOnlyProperty().set(false);
            pane.network().model().typeProperty().set(null);
            figures[5] = ms(t);
            t = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                pane.setPlayhead(i * 100L);
            }
            figures[6] = ms(t);
            pane.console().setFollowPlayhead(false);
            pane.network().setFollowPlayhead(false);
            pane.activity().setFollowPlayhead(false);
            t = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                pane.setPlayhead(i * 100L + 50);
            }
            figures[7] = ms(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        pane.console().setFollowPlayhead(true);
        pane.network().setFollowPlayhead(true);
        pane.activity().setFollowPlayhead(true);
        long jumps = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            long offset = i * 4_900L;
            robot.interact(() -> pane.setPlayhead(offset)); // each jump leaves the visible rows: one scroll per panel
        }
        figures[8] = ms(jumps) / 20;
        long idle = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            robot.interact(() -> { });
        }
        System.out.printf(Locale.ROOT, "BENCH ui: playhead jump with scroll and layout, per jump: %d ms (an empty FX round trip: %d ms)%n",
                figures[8], ms(idle) / 20);
        System.out.printf(Locale.ROOT, "BENCH ui: populate all panels %d ms; console level filter %d ms, search %d ms; "
                        + "network type filter %d ms, failed filter %d ms, clear filters %d ms; 1000 playhead moves %d ms (%.2f ms each), without scrolling %d ms%n",
                figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6], figures[6] / 1000.0, figures[7]);
    }
}
