package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.ActivityItem;
import dev.phreplay.inspect.ActivitySummary;
import dev.phreplay.inspect.Durations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The activity panel's state: the moments, which kinds are shown, the summary, the current moment. */
public final class ActivityViewModel {
    private final ObservableList<ActivityItem> all = FXCollections.observableArrayList();
    private final FilteredList<ActivityItem> shown = new FilteredList<>(all);
    private final ObjectProperty<ActivityItem> current = new SimpleObjectProperty<>();
    private final ObjectProperty<ActivitySummary> summary = new SimpleObjectProperty<>();
    private final Set<ActivityItem.Kind> hidden = EnumSet.noneOf(ActivityItem.Kind.class);
    private long playhead;

    public void setActivity(List<ActivityItem> items, ActivitySummary summary) {
        all.setAll(items);
        this.summary.set(summary);
        setPlayhead(playhead);
    }

    public ObservableList<ActivityItem> shown() {
        return shown;
    }

    public ObjectProperty<ActivityItem> currentProperty() {
        return current;
    }

    public ObjectProperty<ActivitySummary> summaryProperty() {
        return summary;
    }

    public void setShown(ActivityItem.Kind kind, boolean visible) {
        if (visible) {
            hidden.remove(kind);
        } else {
            hidden.add(kind);
        }
        shown.setPredicate(item -> !hidden.contains(item.kind()));
        setPlayhead(playhead);
    }

    public void setPlayhead(long offsetMs) {
        playhead = offsetMs;
        int index = Playhead.indexAt(shown, ActivityItem::t, offsetMs);
        current.set(index < 0 ? null : shown.get(index));
    }

    /** The summary header's text: duration, active time, pages and problems. */
    public static String summaryText(ActivitySummary summary) {
        if (summary == null) {
            return "";
        }
        return "Duration " + Durations.format(summary.durationMs()) + " · active " + Durations.format(summary.activeMs())
                + " · " + summary.pages().size() + (summary.pages().size() == 1 ? " page" : " pages")
                + " · " + summary.clicks() + " clicks (" + summary.rageClicks() + " rage, " + summary.deadClicks() + " dead)"
                + " · " + summary.inputs() + " inputs · " + summary.consoleErrors() + " console errors · "
                + summary.failedRequests() + " failed requests";
    }
}
