package dev.phreplay.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.phreplay.event.RecordedEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A checkpoint's compact snapshot restores the very mirror it froze, however the mirror goes on changing. */
class MirrorSnapshotTest {
    static Stream<Path> recordings() {
        return FixtureInvariantsTest.recordings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void aSnapshotRestoresWhatADeepCopyGivesAfterEveryEvent(Path file) throws Exception {
        for (Map.Entry<String, List<RecordedEvent>> window : Recorded.windows(file).entrySet()) {
            Mirror mirror = new Mirror();
            List<MirrorSnapshot> snapshots = new ArrayList<>();
            List<Object> dumps = new ArrayList<>();
            int index = 0;
            for (RecordedEvent event : window.getValue()) {
                mirror.apply(event);
                MirrorSnapshot snapshot = MirrorSnapshot.of(mirror);
                Mirror restored = snapshot.restore();
                MirrorInvariants.check(restored);
                String where = file + " window " + window.getKey() + " event " + index++;
                Object dump = OracleCase.dump(mirror, 0);
                assertEquals(dump, OracleCase.dump(restored, 0), where);
                assertEquals(mirror.size(), restored.size(), where);
                assertEquals(OracleCase.dump(mirror.copy(), 0), OracleCase.dump(restored, 0), where);
                snapshots.add(snapshot);
                dumps.add(dump);
            }
            for (int i = 0; i < snapshots.size(); i++) {
                Mirror later = snapshots.get(i).restore();
                assertEquals(dumps.get(i), OracleCase.dump(later, 0),
                        file + ": the snapshot after event " + i + " is unchanged by everything applied after it");
            }
        }
    }

    @Test
    void unchangedElementsShareTheirFrozenStateBetweenSnapshotsAndChangedOnesDoNot() {
        Mirror mirror = MirrorTest.page();
        MirrorSnapshot first = MirrorSnapshot.of(mirror);
        mirror.apply(Events.attributes(4, Events.set("class", "changed")));
        MirrorSnapshot second = MirrorSnapshot.of(mirror);
        int body = first.indexOf(4);
        int html = first.indexOf(2);
        assertSame(first.payload(html), second.payload(html), "the untouched html element is shared");
        assertNotSame(first.payload(body), second.payload(body), "the changed body is frozen again");
        assertEquals("changed", ((MirrorElement) second.payload(body)).attribute("class"));
        assertEquals(null, ((MirrorElement) first.payload(body)).attribute("class"), "the first snapshot keeps its body");
    }

    @Test
    void restoredMirrorsAreIndependentOfEachOther() {
        MirrorSnapshot snapshot = MirrorSnapshot.of(MirrorTest.page());
        Mirror one = snapshot.restore();
        Mirror two = snapshot.restore();
        one.apply(Events.attributes(4, Events.set("class", "one")));
        assertEquals("one", ((MirrorElement) one.node(4)).attribute("class"));
        assertEquals(null, ((MirrorElement) two.node(4)).attribute("class"));
        assertEquals(null, ((MirrorElement) snapshot.restore().node(4)).attribute("class"));
    }
}
