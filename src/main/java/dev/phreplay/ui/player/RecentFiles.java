package dev.phreplay.ui.player;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The last opened files, newest first, kept in the user's preferences. The list changes at once;
 * it is written to disk in the background, because the first write loads the preferences' XML
 * stack (about 100 ms) and a file is added to the list on its way to its first frame.
 */
public final class RecentFiles {
    private static final int MAX = 10;
    private static final ExecutorService SAVER = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("phreplay-recent-files").factory());
    private final Preferences node;
    private final Executor saver;

    public RecentFiles(Preferences node) {
        this(node, SAVER);
    }

    /** {@code saver} runs the writes to disk (tests pass their own to see where they run). */
    RecentFiles(Preferences node, Executor saver) {
        this.node = node;
        this.saver = saver;
    }

    public static RecentFiles standard() {
        return new RecentFiles(Preferences.userRoot().node("dev/phreplay/recent"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < MAX; i++) {
                String value = node.get("file." + i, null);
                if (value != null) {
                    paths.add(Path.of(value));
                }
            }
        } catch (IllegalStateException e) {
            return List.of(); // the preferences node was removed
        }
        return paths;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.addFirst(absolute);
        store(paths);
    }

    public void remove(Path file) {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(file.toAbsolutePath().normalize());
        store(paths);
    }

    private void store(List<Path> paths) {
        try {
            for (int i = 0; i < MAX; i++) {
                if (i < paths.size()) {
                    node.put("file." + i, paths.get(i).toString());
                } else {
                    node.remove("file." + i);
                }
            }
        } catch (IllegalStateException e) {
            return; // the preferences node was removed (a reset of the settings): there is no list to keep
        }
        saver.execute(this::save);
    }

    private void save() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // the list stays in memory for this session (or its node was removed meanwhile); preferences are a convenience
        }
    }
}
