package dev.phreplay.ui.inspector;

import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.event.RecordingEvents;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The inspector the player docks beside the page: console, network, activity and DOM explorer as
 * tabs. Which tabs are shown, the selected tab and (via {@link #dockBeside}) the divider position
 * are remembered in {@link InspectorLayout}. One playhead and one seek hook serve every panel.
 */
public final class InspectorPane extends BorderPane implements InspectorPanel {
    public enum Panel {
        CONSOLE("Console"), NETWORK("Network"), ACTIVITY("Activity"), DOM("DOM");

        private final String title;

        Panel(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final InspectorLayout layout;
    private final ConsolePanel console = new ConsolePanel();
    private final NetworkPanel network = new NetworkPanel();
    private final ActivityPanel activity = new ActivityPanel();
    private final DomExplorerPanel dom = new DomExplorerPanel();
    private final TabPane tabs = new TabPane();
    private final Map<Panel, Tab> tabByPanel = new EnumMap<>(Panel.class);
    private final Map<Panel, CheckMenuItem> toggles = new EnumMap<>(Panel.class);
    private long shift;
    private LongConsumer seek = offset -> { };

    public InspectorPane() {
        this(InspectorLayout.user());
    }

    public InspectorPane(InspectorLayout layout) {
        this.layout = layout;
        getStyleClass().add("inspector");
        setMinWidth(200); // the page beside it decides; panels scroll or clip when narrow
        getStylesheets().add(InspectorPane.class.getResource("inspector.css").toExternalForm());
        tabs.setId("inspector-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        MenuButton panels = new MenuButton("Panels");
        panels.setId("inspector-panels");
        Set<Panel> visible = layout.visiblePanels();
        for (Panel panel : Panel.values()) {
            Tab tab = new Tab(panel.title(), panelNode(panel));
            tab.setId("inspector-tab-" + panel.name().toLowerCase(java.util.Locale.ROOT));
            tab.setUserData(panel);
            tabByPanel.put(panel, tab);
            CheckMenuItem toggle = new CheckMenuItem(panel.title());
            toggle.setId("inspector-show-" + panel.name().toLowerCase(java.util.Locale.ROOT));
            toggle.setSelected(visible.contains(panel));
            toggle.selectedProperty().addListener((o, was, is) -> setPanelVisible(panel, is));
            toggles.put(panel, toggle);
            panels.getItems().add(toggle);
        }
        showVisibleTabs();
        Tab selected = tabByPanel.get(layout.selectedPanel());
        if (tabs.getTabs().contains(selected)) {
            tabs.getSelectionModel().select(selected);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (tab != null) {
                layout.setSelectedPanel((Panel) tab.getUserData());
                revealCurrent((Panel) tab.getUserData());
            }
        });
        BorderPane bar = new BorderPane();
        bar.setRight(panels);
        setTop(bar);
        setCenter(tabs);
    }

    private void revealCurrent(Panel panel) {
        switch (panel) {
            case CONSOLE -> console.revealCurrent();
            case NETWORK -> network.revealCurrent();
            case ACTIVITY -> activity.revealCurrent();
            case DOM -> { }
        }
    }

    private Node panelNode(Panel panel) {
        return switch (panel) {
            case CONSOLE -> console;
            case NETWORK -> network;
            case ACTIVITY -> activity;
            case DOM -> dom;
        };
    }

    /**
     * Shows what the inspectors found in a recording. Until {@link #setWindow} says otherwise, playhead
     * offsets are taken as ms after the recording's first event and the DOM explorer uses the first window.
     */
    public void setInspection(Inspection inspection) {
        console.setEntries(inspection.console());
        network.setRequests(inspection.network());
        activity.setActivity(inspection.activity(), inspection.summary());
        dom.setNodeHistory(inspection.nodeHistory(), inspection.windowIds().isEmpty() ? null : inspection.windowIds().getFirst());
        shift = 0;
    }

    /** A background task that inspects a recording; hand its value to {@link #setInspection} on success. */
    public static Task<Inspection> inspectTask(RecordingEvents recording) {
        return new Task<>() {
            @Override
            protected Inspection call() throws Exception {
                return Inspector.inspect(recording);
            }
        };
    }

    /** The document at the playhead, for the DOM explorer; see {@link DomExplorerPanel} for updates. */
    public void setDocument(MirrorDocument document) {
        dom.setDocument(document);
    }

    /**
     * The window the player shows. Its node ids are the DOM explorer's, and from now on playhead offsets
     * (in {@link #setPlayhead} and the seek hook) are ms after that window's first event, as the
     * player's timeline counts them; the panels themselves count from the recording's first event.
     */
    public void setWindow(Inspection inspection, String windowId, long windowStartTimestamp) {
        dom.setNodeHistory(inspection.nodeHistory(), windowId);
        shift = windowStartTimestamp - inspection.startTimestamp();
    }

    /** ms from the recording's first event to the shown window's first event. */
    public long windowShift() {
        return shift;
    }

    @Override
    public void setPlayhead(long offsetMs) {
        long t = offsetMs + shift;
        console.setPlayhead(t);
        network.setPlayhead(t);
        activity.setPlayhead(t);
        dom.setPlayhead(t);
    }

    @Override
    public void onSeek(LongConsumer seek) {
        this.seek = seek == null ? offset -> { } : seek;
        LongConsumer shifted = t -> this.seek.accept(Math.max(0, t - shift));
        console.onSeek(shifted);
        network.onSeek(shifted);
        activity.onSeek(shifted);
        dom.onSeek(shifted);
    }

    public void setPanelVisible(Panel panel, boolean visible) {
        toggles.get(panel).setSelected(visible);
        Set<Panel> panels = layout.visiblePanels();
        if (visible) {
            panels.add(panel);
        } else {
            panels.remove(panel);
        }
        layout.setVisiblePanels(panels);
        showVisibleTabs();
    }

    public boolean isPanelVisible(Panel panel) {
        return tabs.getTabs().contains(tabByPanel.get(panel));
    }

    public void selectPanel(Panel panel) {
        setPanelVisible(panel, true);
        tabs.getSelectionModel().select(tabByPanel.get(panel));
    }

    private void showVisibleTabs() {
        Set<Panel> visible = layout.visiblePanels();
        for (Panel panel : Panel.values()) {
            Tab tab = tabByPanel.get(panel);
            if (visible.contains(panel) && !tabs.getTabs().contains(tab)) {
                int at = 0;
                for (Tab shown : tabs.getTabs()) {
                    at += ((Panel) shown.getUserData()).ordinal() < panel.ordinal() ? 1 : 0;
                }
                tabs.getTabs().add(at, tab);
            } else if (!visible.contains(panel)) {
                tabs.getTabs().remove(tab);
            }
        }
    }

    /** A split pane with {@code page} on the left and this inspector on the right; the divider position is remembered. */
    public SplitPane dockBeside(Node page) {
        SplitPane split = new SplitPane(page, this);
        split.setOrientation(Orientation.HORIZONTAL);
        // One flat fill: the default two inset layers are drawn from a cached image, stretched under every
        // repainted part of the page, which in software rendering took as long as drawing the page itself.
        split.setStyle("-fx-background-color: #202124; -fx-background-insets: 0; -fx-padding: 0;");
        split.setDividerPositions(layout.dividerPosition());
        split.getDividers().getFirst().positionProperty()
                .addListener((o, was, position) -> layout.setDividerPosition(position.doubleValue()));
        return split;
    }

    public ConsolePanel console() {
        return console;
    }

    public NetworkPanel network() {
        return network;
    }

    public ActivityPanel activity() {
        return activity;
    }

    public DomExplorerPanel dom() {
        return dom;
    }
}
