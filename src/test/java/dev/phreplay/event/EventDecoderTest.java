package dev.phreplay.event;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventDecoderTest {
    static Stream<Path> rrwebFixtures() {
        return Shared.rrwebFixtures().stream();
    }

    @ParameterizedTest
    @MethodSource("rrwebFixtures")
    void everyRrwebFixtureDecodesWithoutOpaqueEvents(Path fixture) throws Exception {
        JsonNode events = Json.mapper().readTree(fixture.toFile());
        List<RecordedEvent> decoded = new ArrayList<>();
        for (JsonNode event : events) {
            decoded.add(EventDecoder.decode(event));
        }
        assertEquals(events.size(), decoded.size());
        assertTrue(decoded.stream().noneMatch(e -> e instanceof RecordedEvent.Unknown), "no unknown event types");
        assertTrue(decoded.stream().anyMatch(e -> e instanceof RecordedEvent.FullSnapshot), "has a full snapshot");
    }

    @Test
    void mutationAddsKeepNextIdAndNodeFlags() throws Exception {
        RecordedEvent event = decode("""
            {"type":3,"timestamp":5,"data":{"source":0,"texts":[{"id":3,"value":null}],"removes":[{"parentId":1,"id":2,"isShadow":true}],
             "attributes":[{"id":4,"attributes":{"class":null,"style":{"color":["red","important"],"margin":false},"open":true}}],
             "adds":[{"parentId":5,"nextId":null,"node":{"type":2,"tagName":"svg","attributes":{"width":10},"childNodes":[],"id":6,"isSVG":true,"isShadow":true}}]}}
            """);
        var mutation = (IncrementalData.Mutation) ((RecordedEvent.Incremental) event).data();
        assertNull(mutation.texts().getFirst().value());
        assertTrue(mutation.removes().getFirst().isShadow());
        var attributes = mutation.attributes().getFirst().attributes();
        assertInstanceOf(IncrementalData.AttributeValue.Remove.class, attributes.get("class"));
        var style = (IncrementalData.AttributeValue.StyleObject) attributes.get("style");
        assertEquals(new IncrementalData.StyleProperty("red", "important"), style.properties().get("color"));
        assertEquals(new IncrementalData.StyleProperty(null, null), style.properties().get("margin"));
        assertEquals(new IncrementalData.AttributeValue.Set(""), attributes.get("open"));
        var add = mutation.adds().getFirst();
        assertNull(add.nextId());
        var element = (SerializedNode.Element) add.node();
        assertTrue(element.isSvg());
        assertTrue(element.isShadow());
        assertEquals("10", element.attributes().get("width"));
    }

    @Test
    void legacySelectedFalseOnOptionIsDroppedAndTrueBecomesEmpty() throws Exception {
        var node = (SerializedNode.Element) NodeDecoder.decode(Json.mapper().readTree(
                "{\"type\":2,\"tagName\":\"option\",\"attributes\":{\"selected\":false,\"disabled\":true,\"rr_scrollTop\":1.5},\"childNodes\":[],\"id\":9}"),
                "node");
        assertFalse(node.attributes().containsKey("selected"));
        assertEquals("", node.attributes().get("disabled"));
        assertEquals("1.5", node.attributes().get("rr_scrollTop"));
    }

    @Test
    void unknownTypeAndSourceStayOpaque() throws Exception {
        assertInstanceOf(RecordedEvent.Unknown.class, decode("{\"type\":42,\"timestamp\":1,\"data\":{}}"));
        var incremental = (RecordedEvent.Incremental) decode("{\"type\":3,\"timestamp\":1,\"data\":{\"source\":99}}");
        assertEquals(99, ((IncrementalData.Unknown) incremental.data()).source());
    }

    @Test
    void brokenShapesNameTheField() {
        var missing = assertThrows(EventDecodeException.class, () -> decode("{\"type\":2,\"timestamp\":1,\"data\":{}}"));
        assertEquals("data.node", missing.field());
        var wrongType = assertThrows(EventDecodeException.class, () -> decode("{\"type\":\"2\",\"timestamp\":1}"));
        assertEquals("type", wrongType.field());
        var badAdd = assertThrows(EventDecodeException.class, () -> decode(
                "{\"type\":3,\"timestamp\":1,\"data\":{\"source\":0,\"adds\":[{\"parentId\":1,\"node\":{\"type\":2,\"id\":3}}]}}"));
        assertEquals("data.adds[0].node.tagName", badAdd.field());
    }

    @Test
    void consolePluginIsTyped() throws Exception {
        var plugin = (RecordedEvent.Plugin) decode(
                "{\"type\":6,\"timestamp\":1,\"data\":{\"plugin\":\"rrweb/console@1\",\"payload\":{\"level\":\"error\",\"trace\":[\"a.js:1:2\"],\"payload\":[\"\\\"boom\\\"\"]}}}");
        var log = (PluginPayload.ConsoleLog) plugin.payload();
        assertEquals("error", log.level());
        assertEquals(List.of("\"boom\""), log.payload());
    }

    private static RecordedEvent decode(String json) throws Exception {
        return EventDecoder.decode(Json.mapper().readTree(json));
    }
}
