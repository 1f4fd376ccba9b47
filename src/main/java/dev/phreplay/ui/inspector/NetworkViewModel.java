package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.NetworkRequest;
import dev.phreplay.inspect.ResourceType;
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

/**
 * The network panel's state: all requests, a type filter (null: all types), a "failed only"
 * filter, a URL search, the time span the waterfall draws, and the request current at the playhead.
 */
public final class NetworkViewModel {
    private final ObservableList<NetworkRequest> all = FXCollections.observableArrayList();
    private final FilteredList<NetworkRequest> shown = new FilteredList<>(all);
    private final ObjectProperty<ResourceType> type = new SimpleObjectProperty<>();
    private final BooleanProperty failedOnly = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<NetworkRequest> current = new SimpleObjectProperty<>();
    private final Map<ResourceType, Integer> counts = new EnumMap<>(ResourceType.class);
    private int failedCount;
    private long spanMs = 1;
    private long playhead;

    public NetworkViewModel() {
        type.addListener((o, was, is) -> refilter());
        failedOnly.addListener((o, was, is) -> refilter());
        search.addListener((o, was, is) -> refilter());
    }

    public void setRequests(List<NetworkRequest> requests) {
        counts.clear();
        failedCount = 0;
        long span = 1;
        for (NetworkRequest request : requests) {
            counts.merge(request.type(), 1, Integer::sum);
            failedCount += request.failed() ? 1 : 0;
            span = Math.max(span, request.endT());
        }
        spanMs = span;
        all.setAll(requests);
        refilter();
    }

    public ObservableList<NetworkRequest> shown() {
        return shown;
    }

    /** The type shown, or null for every type. */
    public ObjectProperty<ResourceType> typeProperty() {
        return type;
    }

    public BooleanProperty failedOnlyProperty() {
        return failedOnly;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<NetworkRequest> currentProperty() {
        return current;
    }

    public int count(ResourceType resourceType) {
        return counts.getOrDefault(resourceType, 0);
    }

    public int total() {
        return all.size();
    }

    public int failedCount() {
        return failedCount;
    }

    /** The end of the last request, ms after the first event: the waterfall's full width. */
    public long spanMs() {
        return spanMs;
    }

    public void setPlayhead(long offsetMs) {
        playhead = offsetMs;
        int index = Playhead.indexAt(shown, NetworkRequest::t, offsetMs);
        current.set(index < 0 ? null : shown.get(index));
    }

    public long playhead() {
        return playhead;
    }

    private void refilter() {
        ResourceType wanted = type.get();
        boolean failed = failedOnly.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(request -> (wanted == null || request.type() == wanted) && (!failed || request.failed())
                && (needle.isEmpty() || request.url().toLowerCase(Locale.ROOT).contains(needle)));
        setPlayhead(playhead);
    }
}
