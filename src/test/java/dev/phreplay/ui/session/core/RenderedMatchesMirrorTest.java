package dev.phreplay.ui.session.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.DomDump;
import dev.phreplay.testing.Shared;
import dev.phreplay.ui.render.PageView;
import dev.phreplay.ui.session.OpenOutcome;
import dev.phreplay.ui.session.PlayerRecording;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end on real recordings: each rrweb fixture is opened with the core, sought to every
 * golden time, rendered into the locked-down WebView, and the WebView's DOM is dumped. It must
 * equal the mirror's own dump ({@link DomDump}) at that time: the renderer is an exact projection.
 */
class RenderedMatchesMirrorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageView page;
    /** Drawn whole at every seek: the reconciled page must equal it, scroll offsets included. */
    private static PageView whole;

    @BeforeAll
    static void startPage() {
        page = Pages.ready();
        whole = Pages.ready();
    }

    static Stream<Path> goldens() {
        return Shared.oracleFiles().stream().filter(p -> p.getFileName().toString().startsWith("rrweb-"));
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void renderedDomEqualsTheMirrorAtEveryGoldenTime(Path golden) throws Exception {
        compare(golden, false, false);
    }

    /**
     * Seeking back and forth between the golden times: last to first, each time after playing to the
     * end. Each seek changes only what differs from the page shown (which the played changes reached
     * one by one), and must still give the mirror's DOM.
     */
    @ParameterizedTest
    @MethodSource("goldens")
    void seekingBackAndForthKeepsThePageEqualToTheMirror(Path golden) throws Exception {
        compare(golden, false, true);
    }

    /** The same while playing: only the changes the mirror reports reach the page. */
    @ParameterizedTest
    @MethodSource("goldens")
    void playingForwardProjectsEveryChange(Path golden) throws Exception {
        compare(golden, true, false);
    }

    /** Where two dumps first differ, for a readable failure. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            return path + ": " + expected + " vs " + actual;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!Objects.equals(expected.get(name), actual.get(name))) {
                    return firstDifference(expected.get(name), actual.get(name), path + "." + name);
                }
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (!Objects.equals(expected.get(i), actual.get(i))) {
                    return firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                }
            }
        }
        return path + ": " + expected + " vs " + actual;
    }

    private static final long END = Long.MAX_VALUE / 4;

    /** The golden times, or for {@code backAndForth}: last to first, played to the end before each. */
    private static List<Long> times(JsonNode oracle, boolean backAndForth) {
        List<Long> times = new ArrayList<>();
        oracle.get("times").forEach(t -> times.add(t.asLong()));
        if (!backAndForth) {
            return times;
        }
        List<Long> order = new ArrayList<>();
        for (int i = times.size() - 1; i >= 0; i--) {
            order.add(END);
            order.add(times.get(i));
        }
        return order;
    }

    private void compare(Path golden, boolean play, boolean backAndForth) throws Exception {
        JsonNode oracle = JSON.readTree(golden.toFile());
        Path fixture = Shared.rrwebFixture(oracle.get("input").get("file").asText());
        if (!Files.exists(fixture)) {
            return;
        }
        OpenOutcome outcome = new CoreOpener().open(fixture, progress -> {});
        PlayerRecording recording = assertInstanceOf(OpenOutcome.Opened.class, outcome).recording();
        List<String> failures = new ArrayList<>();
        Fx.run(() -> page.setOnFailure(f -> failures.add(f.eventIndex() + ": " + f.message())));
        try (recording; CoreWindow window = (CoreWindow) recording.openWindow(recording.windowIds().getFirst())) {
            window.addListener(page.renderer());
            window.addListener(whole.renderer());
            Fx.run(() -> window.seek(0));
            for (long t : times(oracle, backAndForth)) {
                String rendered = Fx.call(() -> {
                    if (play || t == END) {
                        window.advanceTo(t);
                    } else {
                        whole.renderer().pageDiverged();
                        window.rebuildAt(t);
                    }
                    page.flush();
                    whole.flush();
                    return page.dumpJson();
                });
                ByteArrayOutputStream mirrorDump = new ByteArrayOutputStream();
                try (JsonGenerator g = DomDump.generator(mirrorDump)) {
                    DomDump.writeSnapshot(g, t, window.mirror());
                }
                JsonNode expected = JSON.readTree(mirrorDump.toByteArray());
                JsonNode actual = JSON.readTree(rendered);
                String where = fixture.getFileName() + (play ? " played to t=" : " sought to t=") + t;
                assertEquals(expected.get("dom"), actual.get("dom"), () -> where + " render failures " + failures + ": first difference "
                        + firstDifference(expected.get("dom"), actual.get("dom"), ""));
                assertEquals(expected.get("inputs"), actual.get("inputs"), where + " (inputs)");
                if (backAndForth && t != END) {
                    JsonNode drawnWhole = JSON.readTree(Fx.call(whole::dumpJson));
                    assertEquals(drawnWhole, actual, () -> where + ": reconciled and drawn whole differ at "
                            + firstDifference(drawnWhole, actual, ""));
                }
            }
            window.removeListener(page.renderer());
            window.removeListener(whole.renderer());
        }
    }
}
