package dev.phreplay.inspect;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.IncrementalSource;
import dev.phreplay.event.RecordedEvent;
import java.util.Set;

/**
 * The definitions behind the activity list, in one place.
 *
 * <ul>
 * <li><b>Activity</b> (PostHog's segmenter): full snapshots, Meta events and incrementals of source
 *     MouseMove, MouseInteraction, Scroll, ViewportResize, Input, TouchMove, MediaInteraction or Drag.
 *     Time between two activity events counts as active when they are at most 5 s apart; longer
 *     gaps are inactive, and gaps over 15 s appear as an "Inactivity" item. Windows are not told
 *     apart: the user is active if any window is.</li>
 * <li><b>Click</b> (PostHog's ingestion): MouseInteraction Click, DblClick, TouchEnd or ContextMenu.</li>
 * <li><b>Rage click</b> (posthog-js's autocapture rule): 3 or more Clicks in one window, each within
 *     1 s and 30 px (|dx| + |dy|) of the previous one (the same node when coordinates are missing).
 *     Reported once, at the run's first click; later clicks of the run raise its count.</li>
 * <li><b>Dead click</b>: a Click after which, in the same window, nothing reacts within 1.5 s: no
 *     non-empty mutation, scroll, input, Meta/full snapshot or {@code $pageview}/{@code $url_changed}.
 *     A click less than 1.5 s before the window's recording ends is not judged.</li>
 * </ul>
 */
public final class ActivityRules {
    public static final long INACTIVITY_MS = 5_000;
    public static final long INACTIVITY_ITEM_MS = 15_000;
    public static final long RAGE_GAP_MS = 1_000;
    public static final double RAGE_DISTANCE_PX = 30;
    public static final int RAGE_CLICKS = 3;
    public static final long DEAD_CLICK_MS = 1_500;

    static final int CLICK = 2;
    static final int CONTEXT_MENU = 3;
    static final int DBL_CLICK = 4;
    static final int TOUCH_END = 9;

    private static final Set<IncrementalSource> ACTIVE_SOURCES = Set.of(IncrementalSource.MOUSE_MOVE,
            IncrementalSource.MOUSE_INTERACTION, IncrementalSource.SCROLL, IncrementalSource.VIEWPORT_RESIZE,
            IncrementalSource.INPUT, IncrementalSource.TOUCH_MOVE, IncrementalSource.MEDIA_INTERACTION,
            IncrementalSource.DRAG);

    private ActivityRules() {}

    public static boolean isActive(RecordedEvent event) {
        return switch (event) {
            case RecordedEvent.FullSnapshot s -> true;
            case RecordedEvent.Meta m -> true;
            case RecordedEvent.Incremental i -> {
                IncrementalSource source = IncrementalSource.of(i.data().source());
                yield source != null && ACTIVE_SOURCES.contains(source);
            }
            default -> false;
        };
    }

    public static boolean isClick(int interactionType) {
        return interactionType == CLICK || interactionType == DBL_CLICK || interactionType == TOUCH_END
                || interactionType == CONTEXT_MENU;
    }

    /** Whether the page visibly reacted: what ends the wait for a dead click. */
    static boolean isReaction(RecordedEvent event) {
        return switch (event) {
            case RecordedEvent.FullSnapshot s -> true;
            case RecordedEvent.Meta m -> true;
            case RecordedEvent.Custom c -> "$pageview".equals(c.tag()) || "$url_changed".equals(c.tag());
            case RecordedEvent.Incremental(long ts, IncrementalData.Mutation m) -> !m.isEmpty();
            case RecordedEvent.Incremental(long ts, IncrementalData.Scroll s) -> true;
            case RecordedEvent.Incremental(long ts, IncrementalData.Input in) -> true;
            default -> false;
        };
    }

    static String clickTitle(int interactionType) {
        return switch (interactionType) {
            case DBL_CLICK -> "Double-click";
            case CONTEXT_MENU -> "Right-click";
            case TOUCH_END -> "Tap";
            default -> "Click";
        };
    }
}
