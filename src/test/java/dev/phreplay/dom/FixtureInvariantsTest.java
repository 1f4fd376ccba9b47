package dev.phreplay.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.phreplay.event.RecordedEvent;
import dev.phreplay.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event of every fixture keeps the mirror's invariants, and copies dump exactly like their original. */
class FixtureInvariantsTest {
    static Stream<Path> recordings() {
        List<Path> files = new ArrayList<>(Shared.rrwebFixtures());
        files.add(Shared.posthogFixture("derived/export-v2-2023-04-28.ph-recording.json"));
        files.add(Shared.posthogFixture("derived/export-v1-2022-12-02.ph-recording.json"));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void invariantsHoldAfterEveryEventAndCopiesAreFaithful(Path file) throws Exception {
        for (Map.Entry<String, List<RecordedEvent>> window : Recorded.windows(file).entrySet()) {
            Mirror mirror = new Mirror();
            int index = 0;
            for (RecordedEvent event : window.getValue()) {
                mirror.apply(event);
                MirrorInvariants.check(mirror);
                Mirror copy = mirror.copy();
                MirrorInvariants.check(copy);
                assertEquals(OracleCase.dump(mirror, 0), OracleCase.dump(copy, 0), file + " window " + window.getKey() + " event " + index);
                assertEquals(mirror.size(), copy.size());
                index++;
            }
        }
    }
}
