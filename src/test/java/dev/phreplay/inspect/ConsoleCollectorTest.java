package dev.phreplay.inspect;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.testing.InMemoryRecording;
import dev.phreplay.testing.Shared;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsoleCollectorTest {
    /** The fixture has no timestamps; the test recording spaces its 23 events 100 ms apart. */
    static Inspection fixture() throws Exception {
        return Inspector.inspect(InMemoryRecording.fixture(
                Shared.posthogFixture("plugin-console__rrweb-console-events.json"), "w1", 1_700_000_000_000L));
    }

    @Test
    void everyConsoleEventOfTheFixtureBecomesAnEntryWithItsLevel() throws Exception {
        List<ConsoleEntry> entries = fixture().console();
        assertEquals(19, entries.size());
        assertEquals(List.of("assert", "count", "countReset", "debug", "dir", "dirxml", "group", "groupCollapsed", "info",
                "log", "table", "time", "timeEnd", "timeLog", "trace", "warn", "clear", "log", "log"),
                entries.stream().map(ConsoleEntry::level).toList());
        Map<ConsoleLevel, Long> groups = entries.stream().collect(Collectors.groupingBy(ConsoleEntry::group, Collectors.counting()));
        assertEquals(Map.of(ConsoleLevel.ERROR, 1L, ConsoleLevel.WARN, 1L, ConsoleLevel.DEBUG, 1L, ConsoleLevel.INFO, 16L), groups);
    }

    @Test
    void stringsAreUnquotedAndOffsetsCountFromTheFirstEvent() throws Exception {
        List<ConsoleEntry> entries = fixture().console();
        ConsoleEntry assertion = entries.getFirst();
        assertEquals("should log assert", assertion.message());
        assertEquals(200, assertion.t());
        assertEquals(1_700_000_000_200L, assertion.timestamp());
        assertEquals(List.of("__puppeteer_evaluation_script__:3:15"), assertion.trace());
        assertEquals("w1", assertion.windowId());
        ConsoleEntry error = entries.get(17);
        assertTrue(error.message().startsWith("TypeError: a message\n    at __puppeteer_evaluation_script__:20:19"), error.message());
        assertEquals("from iframe", entries.getLast().message());
    }

    @Test
    void duplicatesAtOneTimestampAreDroppedAndRepeatsCounted() throws Exception {
        String log = "{\"type\":6,\"timestamp\":%d,\"data\":{\"plugin\":\"rrweb/console@1\",\"payload\":{\"level\":\"%s\",\"trace\":[],\"payload\":[\"\\\"%s\\\"\"]}}}";
        String events = "[" + String.join(",", List.of(
                log.formatted(1000, "log", "a"), log.formatted(1000, "log", "a"), // exact duplicate: dropped
                log.formatted(1100, "log", "a"), log.formatted(1200, "log", "a"), // repeats: count 3
                log.formatted(1300, "warn", "a"), // other level: a new entry
                log.formatted(1400, "log", "b"))) + "]";
        List<ConsoleEntry> entries = Inspector.inspect(new InMemoryRecording().add("w", events)).console();
        assertEquals(List.of(3, 1, 1), entries.stream().map(ConsoleEntry::count).toList());
        assertEquals(List.of("a", "a", "b"), entries.stream().map(ConsoleEntry::message).toList());
        assertEquals(List.of(0L, 300L, 400L), entries.stream().map(ConsoleEntry::t).toList());
    }

    @Test
    void legacyLogMobileStringsObjectsAndExceptionsAreEntries() throws Exception {
        String events = """
            [{"type":3,"timestamp":1000,"data":{"source":11,"level":"warn","trace":["a.js:1:2"],"payload":["\\"old style\\""]}},
             {"type":6,"timestamp":1100,"data":{"plugin":"rrweb/console@1","payload":{"level":"error","payload":"ViewController: boom"}}},
             {"type":6,"timestamp":1200,"data":{"plugin":"rrweb/console@1","payload":{"level":"log","trace":[],
               "payload":["{\\"a\\":1,\\"b\\":{\\"c\\":{\\"d\\":2}},\\"list\\":[1,2,3]}","42","[object Object]"]}}},
             {"type":5,"timestamp":1300,"data":{"tag":"$exception","payload":{"$exception_list":[{"type":"TypeError",
               "value":"x is undefined","stacktrace":{"frames":[{"filename":"app.js","lineno":3,"colno":7}]}}]}}}]
            """;
        Map<String, ConsoleEntry> byLevel = Inspector.inspect(new InMemoryRecording().add("w", events)).console().stream()
                .collect(Collectors.toMap(e -> e.source() + "/" + e.level(), Function.identity()));
        assertEquals("old style", byLevel.get("LEGACY_LOG/warn").message());
        assertEquals("ViewController: boom", byLevel.get("CONSOLE_PLUGIN/error").message());
        assertEquals(List.of(), byLevel.get("CONSOLE_PLUGIN/error").trace());
        ConsoleEntry object = byLevel.get("CONSOLE_PLUGIN/log");
        assertEquals(List.of("{a: 1, b: {c: {…}}, list: [1, 2, 3]}", "42", "[object Object]"), object.args());
        ConsoleEntry exception = byLevel.get("EXCEPTION/error");
        assertEquals("TypeError: x is undefined", exception.message());
        assertEquals(List.of("app.js:3:7"), exception.trace());
        assertEquals(ConsoleLevel.ERROR, exception.group());
    }
}
