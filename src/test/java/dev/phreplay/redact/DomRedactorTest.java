package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Masking and blocking across iframes, shadow roots, late class changes, styles, textareas and canvases. */
class DomRedactorTest {
    private static final String PAGE = """
            {"type":2,"data":{"node":{"type":0,"id":1,"childNodes":[{"type":2,"tagName":"html","attributes":{},"id":2,"childNodes":[
             {"type":2,"tagName":"body","attributes":{},"id":3,"childNodes":[
              {"type":2,"tagName":"div","attributes":{"class":"private"},"id":4,"isShadowHost":true,"childNodes":[
               {"type":2,"tagName":"style","attributes":{},"id":5,"childNodes":[{"type":3,"textContent":"p { color: red }","id":6}]}]},
              {"type":2,"tagName":"iframe","attributes":{},"id":7,"childNodes":[]},
              {"type":2,"tagName":"p","attributes":{},"id":8,"childNodes":[{"type":3,"textContent":"plain words","id":9}]},
              {"type":2,"tagName":"textarea","attributes":{},"id":10,"childNodes":[]},
              {"type":2,"tagName":"canvas","attributes":{"class":"vault"},"id":11,"childNodes":[]},
              {"type":2,"tagName":"input","attributes":{"type":"password","value":"pw-value"},"id":12,"childNodes":[]},
              {"type":2,"tagName":"input","attributes":{"type":"text","value":"name-value"},"id":13,"childNodes":[]}]}]}]}},"timestamp":1}""";

    private final EventRedactor redactor;

    DomRedactorTest() throws Exception {
        RedactionRules rules = RedactionRules.parse("""
                {"maskTextSelectors": [".private", ".secret"], "blockSelectors": [".vault", "#frame-vault"],
                 "inputs": {"maskAll": false, "maskSelectors": ["[type=password]"]}}""".getBytes(StandardCharsets.UTF_8), "rules");
        redactor = new EventRedactor(rules, new Scrubber(rules, new Tally()));
        redact(PAGE);
    }

    private ObjectNode redact(String json) throws Exception {
        ObjectNode event = (ObjectNode) Json.mapper().readTree(json);
        redactor.redact(event);
        return event;
    }

    private ObjectNode mutation(String body) throws Exception {
        return redact("{\"type\":3,\"data\":{\"source\":0,\"adds\":[],\"removes\":[],\"texts\":[],\"attributes\":[]," + body + "},\"timestamp\":2}"
                .replace("\"adds\":[],\"removes\":[],\"texts\":[],\"attributes\":[],", "")
                .replace("\"source\":0,", "\"source\":0," + defaults(body)));
    }

    private static String defaults(String body) {
        StringBuilder missing = new StringBuilder();
        for (String key : new String[] {"adds", "removes", "texts", "attributes"}) {
            if (!body.contains("\"" + key + "\"")) {
                missing.append("\"").append(key).append("\":[],");
            }
        }
        return missing.toString();
    }

    @Test
    void shadowChildrenOfAMaskedHostAreMaskedButStylesAreNot() throws Exception {
        ObjectNode added = mutation("""
                "adds":[{"parentId":4,"nextId":null,"node":{"type":2,"tagName":"span","attributes":{},"childNodes":[],"isShadow":true,"id":20}},
                        {"parentId":20,"nextId":null,"node":{"type":3,"textContent":"in the shadow","id":21}}],
                "texts":[{"id":6,"value":"p { color: blue }"}]""");
        assertEquals("** *** ******", added.at("/data/adds/1/node/textContent").asText());
        assertEquals("p { color: blue }", added.at("/data/texts/0/value").asText());
    }

    @Test
    void anAttachedIframeDocumentIsRedactedWithItsWholeTree() throws Exception {
        ObjectNode attached = mutation("""
                "isAttachIframe":true,"adds":[{"parentId":7,"nextId":null,"node":{"type":0,"id":30,"childNodes":[
                  {"type":2,"tagName":"html","attributes":{},"rootId":30,"id":31,"childNodes":[
                   {"type":2,"tagName":"div","attributes":{"id":"frame-vault"},"rootId":30,"id":32,"childNodes":[
                    {"type":3,"textContent":"inside the frame vault","rootId":30,"id":33}]},
                   {"type":2,"tagName":"b","attributes":{"class":"secret"},"rootId":30,"id":34,"childNodes":[
                    {"type":3,"textContent":"framed secret","rootId":30,"id":35}]}]}]}}]""");
        ObjectNode html = (ObjectNode) attached.at("/data/adds/0/node/childNodes/0");
        assertEquals("rr-block", html.at("/childNodes/0/attributes/class").asText());
        assertTrue(html.at("/childNodes/0/childNodes").isEmpty());
        assertEquals("****** ******", html.at("/childNodes/1/childNodes/0/textContent").asText());
        ObjectNode later = mutation("""
                "texts":[{"id":33,"value":"changed in the vault"}],"adds":[{"parentId":32,"nextId":null,"node":{"type":3,"textContent":"more","id":36}}]""");
        assertTrue(later.at("/data/texts").isEmpty());
        assertTrue(later.at("/data/adds").isEmpty());
    }

    @Test
    void anElementThatGainsAMaskClassHasItsLaterTextMasked() throws Exception {
        assertEquals("plain words changed", mutation("\"texts\":[{\"id\":9,\"value\":\"plain words changed\"}]").at("/data/texts/0/value").asText());
        ObjectNode change = mutation("""
                "attributes":[{"id":8,"attributes":{"class":"secret"}}],"texts":[{"id":9,"value":"now secret"}]""");
        assertEquals("*** ******", change.at("/data/texts/0/value").asText());
        assertEquals("secret", change.at("/data/attributes/0/attributes/class").asText());
    }

    @Test
    void inputsAreMaskedOnlyWhenTheirSelectorMatchesIfNotAllAre() throws Exception {
        ObjectNode password = redact("{\"type\":3,\"data\":{\"source\":5,\"id\":12,\"text\":\"typed-pw\",\"isChecked\":false},\"timestamp\":3}");
        assertEquals("********", password.at("/data/text").asText());
        ObjectNode name = redact("{\"type\":3,\"data\":{\"source\":5,\"id\":13,\"text\":\"Ann, ann@example.org\",\"isChecked\":false},\"timestamp\":3}");
        assertEquals("Ann, ***************", name.at("/data/text").asText(), "unmasked inputs still go through the patterns");
        ObjectNode values = mutation("""
                "attributes":[{"id":12,"attributes":{"value":"pw2"}},{"id":13,"attributes":{"value":"name2"}}]""");
        assertEquals("***", values.at("/data/attributes/0/attributes/value").asText());
        assertEquals("name2", values.at("/data/attributes/1/attributes/value").asText());
    }

    @Test
    void aBlockedCanvasGetsNoDrawingCommands() throws Exception {
        ObjectNode draw = redact("""
                {"type":3,"data":{"source":9,"id":11,"type":0,"property":"fillText","args":["card 4111",1,2]},"timestamp":4}""");
        assertTrue(draw.at("/data/commands").isEmpty());
        assertTrue(draw.at("/data/args").isMissingNode());
        ObjectNode other = redact("""
                {"type":3,"data":{"source":9,"id":99,"type":0,"property":"fillRect","args":[1,2]},"timestamp":4}""");
        assertEquals("fillRect", other.at("/data/property").asText());
    }
}
