package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;

/** MouseInteraction in rrweb's sync mode: clicks, downs, ups and touches move the pointer and hover. */
final class Interactions {
    private static final int MOUSE_UP = 0;
    private static final int MOUSE_DOWN = 1;
    private static final int CLICK = 2;
    private static final int FOCUS = 5;
    private static final int BLUR = 6;
    private static final int TOUCH_START = 7;
    private static final int TOUCH_END = 9;
    private static final int TOUCH_CANCEL = 10;

    private Interactions() {}

    static void apply(Mirror mirror, IncrementalData.MouseInteraction interaction) {
        if (interaction.id() == -1) {
            return;
        }
        if (mirror.nodes.get(interaction.id()) == null) {
            mirror.skipped.count(SkipCounters.Reason.TARGET_MISSING);
            return;
        }
        double x = interaction.x() == null ? 0 : interaction.x();
        double y = interaction.y() == null ? 0 : interaction.y();
        switch (interaction.type()) {
            case CLICK, TOUCH_START, TOUCH_END, MOUSE_DOWN, MOUSE_UP -> {
                if (interaction.type() == TOUCH_START) {
                    mirror.touchActive = true;
                } else if (interaction.type() == TOUCH_END) {
                    mirror.touchActive = false;
                }
                mirror.moveAndHover(x, y, interaction.id());
                if (interaction.type() == CLICK) {
                    for (MirrorListener listener : mirror.listeners) {
                        listener.clicked(x, y, interaction.id());
                    }
                }
            }
            case TOUCH_CANCEL -> mirror.touchActive = false;
            case FOCUS -> mirror.focusedId = interaction.id();
            case BLUR -> {
                if (mirror.focusedId == interaction.id()) {
                    mirror.focusedId = -1;
                }
            }
            default -> { }
        }
    }
}
