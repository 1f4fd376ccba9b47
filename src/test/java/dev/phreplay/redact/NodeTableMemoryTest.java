package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The node table follows the live DOM, not the length of the recording. */
class NodeTableMemoryTest {
    private static ObjectNode event(String json) throws Exception {
        return (ObjectNode) Json.mapper().readTree(json);
    }

    @Test
    void removedNodesAreForgottenButMaskedOnesStayMaskedAfterSweeps() throws Exception {
        RedactionRules rules = RedactionRules.parse("{\"maskTextSelectors\": [\".private\"]}".getBytes(StandardCharsets.UTF_8), "r");
        EventRedactor redactor = new EventRedactor(rules, new Scrubber(rules, new Tally()));
        redactor.redact(event("""
                {"type":2,"data":{"node":{"type":0,"id":1,"childNodes":[{"type":2,"tagName":"html","attributes":{},"id":2,"childNodes":[
                 {"type":2,"tagName":"body","attributes":{},"id":3,"childNodes":[
                  {"type":2,"tagName":"div","attributes":{"class":"private"},"id":4,"childNodes":[
                   {"type":3,"textContent":"masked forever","id":5}]}]}]}]}},"timestamp":1}"""));
        redactor.redact(event("{\"type\":3,\"data\":{\"source\":0,\"adds\":[],\"removes\":[{\"parentId\":4,\"id\":5}],\"texts\":[],\"attributes\":[]},\"timestamp\":2}"));
        int peak = 0;
        for (int i = 0; i < 200_000; i++) {
            int id = 100 + 2 * i;
            String removes = i == 0 ? "" : "{\"parentId\":3,\"id\":" + (id - 2) + "}";
            redactor.redact(event("""
                    {"type":3,"data":{"source":0,"adds":[
                      {"parentId":3,"nextId":null,"node":{"type":2,"tagName":"p","attributes":{"class":"row"},"childNodes":[],"id":%d}},
                      {"parentId":%d,"nextId":null,"node":{"type":3,"textContent":"row %d","id":%d}}],
                     "removes":[%s],"texts":[],"attributes":[]},"timestamp":3}""".formatted(id, id, i, id + 1, removes)));
            peak = Math.max(peak, redactor.trackedNodes());
        }
        assertTrue(peak <= 100_010, "the table grew to " + peak + " nodes for a DOM of 7");
        ObjectNode moved = event("""
                {"type":3,"data":{"source":0,"adds":[{"parentId":3,"nextId":null,"node":{"type":3,"textContent":"masked forever","id":5}}],
                 "removes":[],"texts":[],"attributes":[]},"timestamp":4}""");
        redactor.redact(moved);
        assertEquals("****** *******", moved.at("/data/adds/0/node/textContent").asText());
    }
}
