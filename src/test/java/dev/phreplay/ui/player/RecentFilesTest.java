package dev.phreplay.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

/** The list changes at once for the menu; the write to disk runs on the saver, never on the caller's thread. */
class RecentFilesTest {

    @Test
    void anAddedFileIsListedAtOnceAndWrittenToDiskByTheSaver() {
        RecordingPreferences prefs = RecordingPreferences.node();
        List<Runnable> queued = new ArrayList<>();
        RecentFiles recent = new RecentFiles(prefs, queued::add);

        recent.add(Path.of("a.phreplay"));
        recent.add(Path.of("b.phreplay"));
        recent.add(Path.of("a.phreplay"));

        assertEquals(List.of(Path.of("a.phreplay").toAbsolutePath(), Path.of("b.phreplay").toAbsolutePath()), recent.list());
        assertEquals(0, prefs.flushes, "nothing is written on the caller's thread");
        assertEquals(3, queued.size());
        queued.forEach(Runnable::run);
        assertEquals(3, prefs.flushes);
    }

    @Test
    void aRemovedFileLeavesTheListAndTheOthersMoveUp() {
        RecordingPreferences prefs = RecordingPreferences.node();
        RecentFiles recent = new RecentFiles(prefs, Runnable::run);
        recent.add(Path.of("a.phreplay"));
        recent.add(Path.of("b.phreplay"));
        recent.remove(Path.of("b.phreplay"));
        assertEquals(List.of(Path.of("a.phreplay").toAbsolutePath()), recent.list());
        assertTrue(prefs.values.containsKey("file.0") && !prefs.values.containsKey("file.1"), prefs.values.toString());
    }

    @Test
    void aRemovedPreferencesNodeLeavesAnEmptyListAndNoError() throws Exception {
        RecordingPreferences prefs = RecordingPreferences.node();
        List<Runnable> queued = new ArrayList<>();
        RecentFiles recent = new RecentFiles(prefs, queued::add);
        recent.add(Path.of("a.phreplay"));
        prefs.removeNode();
        recent.add(Path.of("b.phreplay"));
        recent.remove(Path.of("a.phreplay"));
        assertEquals(List.of(), recent.list());
        assertEquals(1, queued.size(), "nothing more to write once the node is gone");
        queued.forEach(Runnable::run); // the write queued before the removal does not fail either
    }

    /** Preferences in memory that count their flushes. */
    private static final class RecordingPreferences extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();
        int flushes;

        private RecordingPreferences(RecordingPreferences parent, String name) {
            super(parent, name);
        }

        /** A node under an in-memory root, so that it can be removed. */
        static RecordingPreferences node() {
            return (RecordingPreferences) new RecordingPreferences(null, "").node("recent");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return new RecordingPreferences(this, name);
        }

        @Override
        protected void syncSpi() {
            // nothing to read back
        }

        @Override
        protected void flushSpi() {
            flushes++;
        }
    }
}
