package dev.phreplay.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RecordedEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the activity list while scanning; the rules are in {@link ActivityRules}. */
final class ActivityCollector {
    private record Click(long timestamp, String windowId, int nodeId, Double x, Double y, int itemIndex) {}

    private final NodeTracker tracker;
    private final List<ActivityItem> items = new ArrayList<>();
    private final Map<String, String> currentHref = new HashMap<>();
    private final Set<String> pages = new LinkedHashSet<>();
    private final Deque<Click> awaitingReaction = new ArrayDeque<>();
    private final Map<String, List<Click>> rageRuns = new HashMap<>();
    private final Map<String, Integer> rageItem = new HashMap<>();
    private int lastInputItem = -1;
    private long lastActive = Long.MIN_VALUE;
    private long activeMs;
    private int clicks;
    private int rageClicks;
    private int deadClicks;
    private int inputs;
    private int customEvents;
    private long start;

    ActivityCollector(NodeTracker tracker) {
        this.tracker = tracker;
    }

    void start(long startTimestamp) {
        this.start = startTimestamp;
    }

    void accept(TimedEvent timed) {
        RecordedEvent event = timed.event();
        judgeDeadClicks(timed.timestamp());
        if (ActivityRules.isReaction(event)) {
            awaitingReaction.removeIf(click -> click.windowId().equals(timed.windowId()));
        }
        if (ActivityRules.isActive(event)) {
            active(timed);
        }
        switch (event) {
            case RecordedEvent.Meta meta -> page(timed, meta.href(), false);
            case RecordedEvent.FullSnapshot snapshot -> tracker.fullSnapshot(timed.windowId(), snapshot.node(), snapshot.timestamp());
            case RecordedEvent.Custom custom -> custom(timed, custom);
            case RecordedEvent.Incremental(long ts, IncrementalData.Mutation mutation) ->
                    tracker.mutation(timed.windowId(), mutation, ts);
            case RecordedEvent.Incremental(long ts, IncrementalData.Input input) -> input(timed, input);
            case RecordedEvent.Incremental(long ts, IncrementalData.MouseInteraction interaction)
                    when ActivityRules.isClick(interaction.type()) -> click(timed, interaction);
            default -> { }
        }
    }

    List<ActivityItem> items() {
        return items;
    }

    ActivitySummary summary(long durationMs, int windows, int consoleErrors, int failedRequests) {
        return new ActivitySummary(durationMs, activeMs, List.copyOf(pages), windows, clicks, rageClicks, deadClicks,
                inputs, consoleErrors, failedRequests, customEvents);
    }

    private long t(long timestamp) {
        return Math.max(0, timestamp - start);
    }

    private int add(TimedEvent timed, ActivityItem.Kind kind, String title, String detail, Integer nodeId) {
        items.add(new ActivityItem(t(timed.timestamp()), timed.timestamp(), timed.windowId(), kind, title, detail, nodeId));
        if (kind != ActivityItem.Kind.INPUT) {
            lastInputItem = -1;
        }
        return items.size() - 1;
    }

    private void active(TimedEvent timed) {
        long timestamp = timed.timestamp();
        if (lastActive != Long.MIN_VALUE) {
            long gap = timestamp - lastActive;
            if (gap <= ActivityRules.INACTIVITY_MS) {
                activeMs += gap;
            } else if (gap > ActivityRules.INACTIVITY_ITEM_MS) {
                items.add(new ActivityItem(t(lastActive), lastActive, timed.windowId(), ActivityItem.Kind.INACTIVITY,
                        "Inactivity", Durations.format(gap) + " without activity", null));
                lastInputItem = -1;
            }
        }
        lastActive = timestamp;
    }

    private void page(TimedEvent timed, String href, boolean fromCustomEvent) {
        if (href == null || href.isBlank() || href.equals(currentHref.get(timed.windowId()))) {
            return;
        }
        boolean first = currentHref.put(timed.windowId(), href) == null;
        pages.add(href);
        ActivityItem.Kind kind = first ? ActivityItem.Kind.PAGE_VIEW : ActivityItem.Kind.NAVIGATION;
        add(timed, kind, fromCustomEvent ? kind.label() + " (SPA)" : kind.label(), href, null);
    }

    private void custom(TimedEvent timed, RecordedEvent.Custom custom) {
        String tag = custom.tag() == null ? "" : custom.tag();
        switch (tag) {
            case "$pageview", "$url_changed" -> page(timed, custom.payload().path("href").asText(null), true);
            case "$exception" -> { } // listed with the console errors
            default -> {
                customEvents++;
                add(timed, ActivityItem.Kind.CUSTOM_EVENT, tag.isEmpty() ? "(untagged)" : tag, summarize(custom.payload()), null);
            }
        }
    }

    private static String summarize(JsonNode payload) {
        if (payload == null || payload.isMissingNode() || payload.isNull() || payload.isEmpty() && payload.isContainerNode()) {
            return "";
        }
        return NodeHistoryIndex.truncate(ConsoleArgs.render(payload.toString()));
    }

    private void input(TimedEvent timed, IncrementalData.Input input) {
        tracker.input(timed.windowId(), input, timed.timestamp());
        NodeTracker.Node node = tracker.node(timed.windowId(), input.id());
        String value = node != null && NodeTracker.isToggle(node) ? (input.isChecked() ? "checked" : "unchecked")
                : shown(input.text());
        String detail = tracker.describe(timed.windowId(), input.id()) + " ← " + value;
        if (lastInputItem >= 0 && lastInputItem == items.size() - 1) {
            ActivityItem last = items.get(lastInputItem);
            if (input.id() == last.nodeId() && last.windowId().equals(timed.windowId())) {
                items.set(lastInputItem, new ActivityItem(last.t(), last.timestamp(), last.windowId(), last.kind(),
                        last.title(), detail, last.nodeId()));
                return;
            }
        }
        inputs++;
        lastInputItem = add(timed, ActivityItem.Kind.INPUT, "Input", detail, input.id());
    }

    /** rrweb masks input text with asterisks; say so rather than show a row of stars as if typed. */
    static String shown(String text) {
        if (text == null || text.isEmpty()) {
            return "\"\"";
        }
        return text.chars().allMatch(c -> c == '*') ? "\"" + text + "\" (masked)" : "\"" + text + "\"";
    }

    private void click(TimedEvent timed, IncrementalData.MouseInteraction interaction) {
        clicks++;
        String detail = tracker.describe(timed.windowId(), interaction.id());
        int index = add(timed, ActivityItem.Kind.CLICK, ActivityRules.clickTitle(interaction.type()), detail, interaction.id());
        if (interaction.type() != ActivityRules.CLICK) {
            return;
        }
        Click click = new Click(timed.timestamp(), timed.windowId(), interaction.id(), interaction.x(), interaction.y(), index);
        awaitingReaction.addLast(click);
        rage(timed, click, detail);
    }

    private void rage(TimedEvent timed, Click click, String detail) {
        List<Click> run = rageRuns.computeIfAbsent(timed.windowId(), w -> new ArrayList<>());
        if (!run.isEmpty() && !continuesRun(run.getLast(), click)) {
            run.clear();
            rageItem.remove(timed.windowId());
        }
        run.add(click);
        if (run.size() < ActivityRules.RAGE_CLICKS) {
            return;
        }
        Integer existing = rageItem.get(timed.windowId());
        String text = run.size() + " clicks on " + detail;
        if (existing == null) {
            rageClicks++;
            Click first = run.getFirst();
            items.add(new ActivityItem(t(first.timestamp()), first.timestamp(), timed.windowId(), ActivityItem.Kind.RAGE_CLICK,
                    "Rage click", text, click.nodeId()));
            rageItem.put(timed.windowId(), items.size() - 1);
        } else {
            ActivityItem item = items.get(existing);
            items.set(existing, new ActivityItem(item.t(), item.timestamp(), item.windowId(), item.kind(), item.title(),
                    text, item.nodeId()));
        }
    }

    private static boolean continuesRun(Click previous, Click click) {
        if (click.timestamp() - previous.timestamp() > ActivityRules.RAGE_GAP_MS) {
            return false;
        }
        if (click.x() == null || click.y() == null || previous.x() == null || previous.y() == null) {
            return click.nodeId() == previous.nodeId();
        }
        return Math.abs(click.x() - previous.x()) + Math.abs(click.y() - previous.y()) < ActivityRules.RAGE_DISTANCE_PX;
    }

    private void judgeDeadClicks(long now) {
        for (Iterator<Click> it = awaitingReaction.iterator(); it.hasNext(); ) {
            Click click = it.next();
            if (now - click.timestamp() <= ActivityRules.DEAD_CLICK_MS) {
                break;
            }
            it.remove();
            deadClicks++;
            ActivityItem clicked = items.get(click.itemIndex());
            items.add(new ActivityItem(clicked.t(), clicked.timestamp(), clicked.windowId(), ActivityItem.Kind.DEAD_CLICK,
                    "Dead click", clicked.detail() + " (no reaction within "
                    + Durations.format(ActivityRules.DEAD_CLICK_MS) + ")", clicked.nodeId()));
            lastInputItem = -1;
        }
    }
}
