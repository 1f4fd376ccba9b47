package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.testing.Shared;
import dev.phreplay.ui.testing.Fx;
import dev.phreplay.ui.testing.Pages;
import dev.phreplay.ui.testing.OracleMirror;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden of rrweb's own Replayer is turned into a mirror by hand, rendered into the
 * locked-down WebView, and the WebView's DOM is dumped: tree and inputs must equal the golden.
 */
class RenderedDumpMatchesOracleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageView page;

    @BeforeAll
    static void startPage() {
        page = Pages.ready();
    }

    static Stream<Path> goldens() {
        return Shared.oracleFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void renderedDomEqualsTheGolden(Path golden) throws Exception {
        for (JsonNode snapshot : JSON.readTree(golden.toFile()).get("snapshots")) {
            MirrorDocument mirror = OracleMirror.build(snapshot);
            String dump = Fx.call(() -> {
                page.renderer().documentRebuilt(mirror);
                page.flush();
                return page.dumpJson();
            });
            JsonNode rendered = JSON.readTree(dump);
            String where = golden.getFileName() + " at t=" + snapshot.get("t");
            assertEquals(snapshot.get("dom"), rendered.get("dom"), where);
            assertEquals(snapshot.get("inputs"), rendered.get("inputs"), where + " (inputs)");
        }
    }
}
