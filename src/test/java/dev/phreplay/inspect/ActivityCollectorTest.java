package dev.phreplay.inspect;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.testing.SampleSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCollectorTest {
    static List<String> lines(Inspection inspection) {
        return inspection.activity().stream().map(i -> i.t() + " " + i.kind() + " " + i.detail()).toList();
    }

    @Test
    void clicksAreLabelledWithTheElementTextAtThatMoment() {
        List<ActivityItem> items = SampleSessions.session().activity();
        ActivityItem save = items.stream().filter(i -> i.kind() == ActivityItem.Kind.CLICK).findFirst().orElseThrow();
        assertEquals(1000, save.t());
        assertEquals("button \"Save\"", save.detail());
        assertEquals(6, save.nodeId());
        assertTrue(lines(SampleSessions.session()).contains("6900 CLICK div \"Nothing\""), lines(SampleSessions.session()).toString());
    }

    @Test
    void rageAndDeadClicksFollowTheDocumentedRules() {
        Inspection inspection = SampleSessions.session();
        List<ActivityItem> rage = inspection.activity().stream().filter(i -> i.kind() == ActivityItem.Kind.RAGE_CLICK).toList();
        assertEquals(1, rage.size());
        assertEquals(6000, rage.getFirst().t());
        assertEquals("4 clicks on div \"Nothing\"", rage.getFirst().detail());
        List<Long> dead = inspection.activity().stream().filter(i -> i.kind() == ActivityItem.Kind.DEAD_CLICK).map(ActivityItem::t).toList();
        assertEquals(List.of(3000L, 6000L, 6300L), dead, "the save click caused a mutation; 6600 and 6900 were followed by input");
        assertEquals(6, inspection.summary().clicks());
        assertEquals(1, inspection.summary().rageClicks());
        assertEquals(3, inspection.summary().deadClicks());
    }

    @Test
    void inputsCollapsePerFieldAndShowMaskedValuesMasked() {
        List<ActivityItem> inputs = SampleSessions.session().activity().stream().filter(i -> i.kind() == ActivityItem.Kind.INPUT).toList();
        assertEquals(2, inputs.size());
        assertEquals("input[type=password] ← \"****\" (masked)", inputs.getFirst().detail());
        assertEquals(8000, inputs.getFirst().t());
        assertEquals("input[type=checkbox] ← checked", inputs.get(1).detail());
    }

    @Test
    void pagesInactivityCustomEventsAndSummary() {
        Inspection inspection = SampleSessions.session();
        List<String> lines = lines(inspection);
        assertTrue(lines.contains("0 PAGE_VIEW https://a.test/"), lines.toString());
        assertTrue(lines.contains("9000 NAVIGATION https://a.test/b"), lines.toString());
        assertTrue(lines.contains("32000 NAVIGATION https://a.test/c"), lines.toString());
        assertTrue(lines.contains("8200 INACTIVITY 21.8 s without activity"), lines.toString());
        assertTrue(lines.contains("31000 CUSTOM_EVENT "), lines.toString());
        ActivitySummary summary = inspection.summary();
        assertEquals(List.of("https://a.test/", "https://a.test/b", "https://a.test/c"), summary.pages());
        assertEquals(32000, summary.durationMs());
        assertEquals(10 + 990 + 2000 + 2000 + 1000 + 300 + 300 + 300 + 1100 + 100 + 100 + 2000, summary.activeMs());
        assertEquals(2, summary.inputs());
        assertEquals(1, summary.customEvents());
        List<Long> times = inspection.activity().stream().map(ActivityItem::t).toList();
        assertEquals(times.stream().sorted().toList(), times, "items are in time order");
    }

    @Test
    void nodeHistoryListsAdditionChangesAndRemoval() {
        NodeHistoryIndex history = SampleSessions.session().nodeHistory();
        List<String> div = history.history("w", 7).stream().map(c -> c.t() + " " + c.kind() + " " + c.detail()).toList();
        assertEquals(List.of("10 ADDED full snapshot", "9500 TEXT child #8: Loaded", "9500 ATTRIBUTE class=panel open",
                "9600 REMOVED null"), div);
        List<String> text = history.history("w", 8).stream().map(c -> c.t() + " " + c.kind() + " " + c.detail()).toList();
        assertEquals(List.of("10 ADDED full snapshot", "9500 TEXT Loaded", "9600 REMOVED with ancestor #7"), text);
        assertEquals(List.of("8000 INPUT ***", "8100 INPUT ****"),
                history.history("w", 9).stream().skip(1).map(c -> c.t() + " " + c.kind() + " " + c.detail()).toList());
        assertEquals("1200 ADDED <span>", history.history("w", 11).getFirst().t() + " ADDED " + history.history("w", 11).getFirst().detail());
        assertTrue(history.history("w", 999).isEmpty());
        assertTrue(history.history("other", 7).isEmpty());
    }
}
