package dev.phreplay.ui.inspector;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/** The inspector's remembered layout: divider position, visible panels and the selected one (java.util.prefs). */
public final class InspectorLayout {
    static final String DIVIDER = "divider";
    static final String VISIBLE = "visiblePanels";
    static final String SELECTED = "selectedPanel";

    private final Preferences preferences;

    public InspectorLayout(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The user's layout, in the user preferences under {@code dev/phreplay/ui/inspector}. */
    public static InspectorLayout user() {
        return new InspectorLayout(Preferences.userNodeForPackage(InspectorLayout.class));
    }

    /** Where the divider between page and inspector sits, 0..1 (default 0.65: the page gets two thirds). */
    public double dividerPosition() {
        double position = preferences.getDouble(DIVIDER, 0.65);
        return position > 0.05 && position < 0.95 ? position : 0.65;
    }

    public void setDividerPosition(double position) {
        preferences.putDouble(DIVIDER, position);
    }

    public Set<InspectorPane.Panel> visiblePanels() {
        String saved = preferences.get(VISIBLE, null);
        if (saved == null) {
            return new LinkedHashSet<>(Arrays.asList(InspectorPane.Panel.values()));
        }
        Set<InspectorPane.Panel> panels = new LinkedHashSet<>();
        for (String name : saved.split(",")) {
            for (InspectorPane.Panel panel : InspectorPane.Panel.values()) {
                if (panel.name().equals(name.strip())) {
                    panels.add(panel);
                }
            }
        }
        return panels;
    }

    public void setVisiblePanels(Set<InspectorPane.Panel> panels) {
        preferences.put(VISIBLE, panels.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    public InspectorPane.Panel selectedPanel() {
        String saved = preferences.get(SELECTED, InspectorPane.Panel.CONSOLE.name());
        for (InspectorPane.Panel panel : InspectorPane.Panel.values()) {
            if (panel.name().equals(saved)) {
                return panel;
            }
        }
        return InspectorPane.Panel.CONSOLE;
    }

    public void setSelectedPanel(InspectorPane.Panel panel) {
        preferences.put(SELECTED, panel.name());
    }
}
