package dev.phreplay.inspect;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.testing.InMemoryRecording;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCollectorTest {
    static final String SNAPSHOT = """
        {"type":2,"timestamp":10,"data":{"node":{"type":0,"id":1,"childNodes":[
          {"type":2,"tagName":"html","attributes":{},"id":2,"childNodes":[
            {"type":2,"tagName":"body","attributes":{},"id":3,"childNodes":[
              {"type":2,"tagName":"button","attributes":{"id":"b"},"id":5,"childNodes":[{"type":3,"textContent":" Save ","id":6}]},
              {"type":2,"tagName":"div","attributes":{"class":"panel"},"id":7,"childNodes":[{"type":3,"textContent":"Nothing","id":8}]},
              {"type":2,"tagName":"input","attributes":{"type":"password"},"id":9,"childNodes":[]},
              {"type":2,"tagName":"input","attributes":{"type":"checkbox"},"id":10,"childNodes":[]}]}]}]},
          "initialOffset":{"top":0,"left":0}}}""";

    static String click(long ts, int id, double x, double y) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":2,\"type\":2,\"id\":%d,\"x\":%s,\"y\":%s}}".formatted(ts, id, x, y);
    }

    static String move(long ts) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":1,\"positions\":[{\"x\":1,\"y\":1,\"id\":3,\"timeOffset\":0}]}}".formatted(ts);
    }

    static String input(long ts, int id, String text, boolean checked) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":5,\"id\":%d,\"text\":\"%s\",\"isChecked\":%s}}".formatted(ts, id, text, checked);
    }

    static Inspection session() {
        String events = "[" + String.join(",", List.of(
                "{\"type\":4,\"timestamp\":0,\"data\":{\"href\":\"https://a.test/\",\"width\":800,\"height\":600}}",
                SNAPSHOT,
                click(1000, 6, 10, 10),
                "{\"type\":3,\"timestamp\":1200,\"data\":{\"source\":0,\"texts\":[],\"attributes\":[],\"removes\":[],"
                        + "\"adds\":[{\"parentId\":3,\"nextId\":null,\"node\":{\"type\":2,\"tagName\":\"span\",\"attributes\":{},\"childNodes\":[],\"id\":11}}]}}",
                click(3000, 7, 100, 100),
                move(5000),
                click(6000, 7, 100, 100), click(6300, 7, 102, 101), click(6600, 7, 105, 102), click(6900, 8, 110, 104),
                input(8000, 9, "***", false), input(8100, 9, "****", false), input(8200, 10, "", true),
                "{\"type\":5,\"timestamp\":9000,\"data\":{\"tag\":\"$pageview\",\"payload\":{\"href\":\"https://a.test/b\"}}}",
                "{\"type\":3,\"timestamp\":9500,\"data\":{\"source\":0,\"texts\":[{\"id\":8,\"value\":\"Loaded\"}],\"attributes\":[{\"id\":7,\"attributes\":{\"class\":\"panel open\"}}],\"removes\":[],\"adds\":[]}}",
                "{\"type\":3,\"timestamp\":9600,\"data\":{\"source\":0,\"texts\":[],\"attributes\":[],\"removes\":[{\"parentId\":3,\"id\":7}],\"adds\":[]}}",
                move(30000),
                "{\"type\":5,\"timestamp\":31000,\"data\":{\"tag\":\"window hidden\",\"payload\":{}}}",
                "{\"type\":4,\"timestamp\":32000,\"data\":{\"href\":\"https://a.test/c\",\"width\":800,\"height\":600}}")) + "]";
        try {
            return Inspector.inspect(new InMemoryRecording().add("w", events));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> lines(Inspection inspection) {
        return inspection.activity().stream().map(i -> i.t() + " " + i.kind() + " " + i.detail()).toList();
    }

    @Test
    void clicksAreLabelledWithTheElementTextAtThatMoment() {
        List<ActivityItem> items = session().activity();
        ActivityItem save = items.stream().filter(i -> i.kind() == ActivityItem.Kind.CLICK).findFirst().orElseThrow();
        assertEquals(1000, save.t());
        assertEquals("button \"Save\"", save.detail());
        assertEquals(6, save.nodeId());
        assertTrue(lines(session()).contains("6900 CLICK div \"Nothing\""), lines(session()).toString());
    }

    @Test
    void rageAndDeadClicksFollowTheDocumentedRules() {
        Inspection inspection = session();
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
        List<ActivityItem> inputs = session().activity().stream().filter(i -> i.kind() == ActivityItem.Kind.INPUT).toList();
        assertEquals(2, inputs.size());
        assertEquals("input[type=password] ← \"****\" (masked)", inputs.getFirst().detail());
        assertEquals(8000, inputs.getFirst().t());
        assertEquals("input[type=checkbox] ← checked", inputs.get(1).detail());
    }

    @Test
    void pagesInactivityCustomEventsAndSummary() {
        Inspection inspection = session();
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
        NodeHistoryIndex history = session().nodeHistory();
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
