package dev.phreplay.ui.player;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The last opened files, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int MAX = 10;
    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public static RecentFiles standard() {
        return new RecentFiles(Preferences.userRoot().node("dev/phreplay/recent"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get("file." + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
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
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                node.put("file." + i, paths.get(i).toString());
            } else {
                node.remove("file." + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list stays in memory for this session; preferences are a convenience
        }
    }
}
