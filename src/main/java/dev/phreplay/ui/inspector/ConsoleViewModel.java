package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.ConsoleEntry;
import dev.phreplay.inspect.ConsoleLevel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The console panel's state: all entries, the level filters with their counts, the search, the current entry. */
public final class ConsoleViewModel {
    private final ObservableList<ConsoleEntry> all = FXCollections.observableArrayList();
    private final FilteredList<ConsoleEntry> shown = new FilteredList<>(all);
    private final Map<ConsoleLevel, BooleanProperty> levels = new EnumMap<>(ConsoleLevel.class);
    private final Map<ConsoleLevel, Integer> counts = new EnumMap<>(ConsoleLevel.class);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ConsoleEntry> current = new SimpleObjectProperty<>();
    private long playhead;

    public ConsoleViewModel() {
        for (ConsoleLevel level : ConsoleLevel.values()) {
            BooleanProperty enabled = new SimpleBooleanProperty(true);
            enabled.addListener((o, was, is) -> refilter());
            levels.put(level, enabled);
        }
        search.addListener((o, was, is) -> refilter());
    }

    public void setEntries(List<ConsoleEntry> entries) {
        counts.clear();
        for (ConsoleEntry entry : entries) {
            counts.merge(entry.group(), 1, Integer::sum);
        }
        all.setAll(entries);
        refilter();
    }

    /** The entries that pass the filters, in time order. */
    public ObservableList<ConsoleEntry> shown() {
        return shown;
    }

    public BooleanProperty levelEnabled(ConsoleLevel level) {
        return levels.get(level);
    }

    /** How many entries have this level, whatever the filters. */
    public int count(ConsoleLevel level) {
        return counts.getOrDefault(level, 0);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The shown entry nearest before the playhead, or null. */
    public ObjectProperty<ConsoleEntry> currentProperty() {
        return current;
    }

    public void setPlayhead(long offsetMs) {
        playhead = offsetMs;
        int index = Playhead.indexAt(shown, ConsoleEntry::t, offsetMs);
        current.set(index < 0 ? null : shown.get(index));
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean[] enabled = new boolean[ConsoleLevel.values().length];
        levels.forEach((level, property) -> enabled[level.ordinal()] = property.get());
        shown.setPredicate(entry -> enabled[entry.group().ordinal()]
                && (needle.isEmpty() || entry.message().toLowerCase(Locale.ROOT).contains(needle)));
        setPlayhead(playhead);
    }
}
