package dev.phreplay.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A recording with secrets planted everywhere redaction must reach: text nodes, attributes, added
 * nodes, text and attribute mutations, input events, console, network headers/bodies/URLs, custom
 * events, Meta, the person metadata, and inside PostHog-compressed ({@code cv: "2024-10"}) events.
 */
final class PlantedRecording {
    static final String EMAIL = "jane.doe@example.com";
    static final String CARD = "4111 1111 1111 1111";
    static final String CARD_PLAIN = "4111111111111111";
    static final String CARD_2 = "4242 4242 4242 4242";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    static final String API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    static final String PHONE = "+1 415 555 2671";

    /** Every planted secret (or a distinctive part of it). None may survive redaction. */
    static final List<String> SECRETS = List.of(EMAIL, CARD, CARD_PLAIN, CARD_2, JWT, API_KEY, "415 555 2671",
            "OAUTHCODE123", "SESSIONVALUE77", "TOKENVALUE9", "COOKIEVALUE5", "Secret Account Name", "Nested secret text",
            "Masked Title Text", "Blocked Balance", "Added secret under mask", "Added under blocked", "Updated secret name",
            "hunter2", "newpassword-typed", "Text after block", "Added after block", "unknown-input-secret",
            "bodysecret-xyz", "Secret Profile Name", "Compressed secret", "compressed.person@example.org",
            "Compressed snapshot secret", "Jane Q Doe", "user-distinct-4711", "jane.private@example.net",
            "textarea secret note", "do-not-keep-this-attr", "moved-out secret");

    /** Text that must survive unchanged. */
    static final List<String> KEPT = List.of("Welcome to the shop", "lang=en", "page=1", ".a{color:red}", "Mac OS X",
            "Content-Type", "Later visible text", "\"value\":\"Send\"", "Visible compressed text");

    static final String RULES = """
            {
              "maskTextSelectors": [".private"],
              "blockSelectors": [".vault", "section > .late-block"],
              "dropAttributes": ["data-user-email"],
              "network": {"bodies": [{"url": "/api/login", "action": "drop"},
                                     {"url": "/api/profile", "action": "mask", "which": "response"}]}
            }
            """;

    static final String PERSON = """
            {"person": {"id": 1, "name": "Jane Q Doe", "distinct_ids": ["user-distinct-4711"],
              "properties": {"email": "jane.private@example.net", "$initial_os": "Mac OS X", "plan": "pro"},
              "created_at": "2024-01-01T00:00:00Z", "uuid": "0187d7c7-61b7-0000-d6a1-59b207080ac0"},
             "id": "session-1", "start_url": "https://shop.example/?token=TOKENVALUE9"}
            """;

    private PlantedRecording() {}

    static ListRecording recording() {
        return new ListRecording().window("window-1", events());
    }

    static List<String> events() {
        List<String> events = new ArrayList<>();
        long t = 1_700_000_000_000L;
        events.add("""
                {"type":4,"data":{"href":"https://shop.example/?session=SESSIONVALUE77&page=1","width":1000,"height":800},"timestamp":%d}"""
                .formatted(t));
        events.add("""
                {"type":2,"data":{"node":%s,"initialOffset":{"top":0,"left":0}},"timestamp":%d}""".formatted(snapshot(), t + 1));
        events.add(mutation(t + 2, """
                "adds":[
                  {"parentId":8,"nextId":null,"node":{"type":3,"textContent":"Added secret under mask","id":30}},
                  {"parentId":31,"nextId":null,"node":{"type":3,"textContent":"Added under blocked","id":32}},
                  {"parentId":12,"nextId":null,"node":{"type":2,"tagName":"span","attributes":{},"childNodes":[],"id":31}},
                  {"parentId":33,"nextId":null,"node":{"type":3,"textContent":"Later visible text","id":34}},
                  {"parentId":7,"nextId":null,"node":{"type":2,"tagName":"div","attributes":{"class":"later"},"childNodes":[],"id":33}},
                  {"parentId":7,"nextId":null,"node":{"type":2,"tagName":"section","attributes":{},"childNodes":[],"id":40}},
                  {"parentId":40,"nextId":null,"node":{"type":2,"tagName":"div","attributes":{"class":"late-block","style":"width:50%%"},"childNodes":[],"id":41}},
                  {"parentId":41,"nextId":null,"node":{"type":3,"textContent":"Added under blocked too","id":42}}],
                "removes":[{"parentId":12,"id":13}],
                "texts":[{"id":9,"value":"Updated secret name"},{"id":16,"value":"Call %s now"}],
                "attributes":[{"id":21,"attributes":{"data-card":"%s","data-user-email":"do-not-keep-this-attr"}},
                              {"id":19,"attributes":{"value":"newpassword-typed"}},
                              {"id":12,"attributes":{"class":"vault open"}}]""".formatted(PHONE, CARD_2)));
        events.add(mutation(t + 3, """
                "adds":[],"removes":[],"texts":[],
                "attributes":[{"id":33,"attributes":{"class":"later vault"}}]"""));
        events.add(mutation(t + 4, """
                "adds":[{"parentId":33,"nextId":null,"node":{"type":3,"textContent":"Added after block","id":35}}],
                "removes":[{"parentId":8,"id":9}],
                "texts":[{"id":34,"value":"Text after block"}],
                "attributes":[]"""));
        // Node 9 (masked text) moves out of the masked div: it stays masked.
        events.add(mutation(t + 5, """
                "adds":[{"parentId":7,"nextId":null,"node":{"type":3,"textContent":"moved-out secret","id":9}}],
                "removes":[],"texts":[],"attributes":[]"""));
        events.add(incremental(t + 6, """
                {"source":5,"id":19,"text":"hunter2-password-more","isChecked":false}"""));
        events.add(incremental(t + 7, """
                {"source":5,"id":999,"text":"unknown-input-secret","isChecked":false}"""));
        events.add("""
                {"type":6,"data":{"plugin":"rrweb/console@1","payload":{"level":"log",
                 "trace":["https://app.example/x.js?token=TOKENVALUE9:1:2"],
                 "payload":["\\"user email %s\\"","{\\"jwt\\":\\"%s\\"}","\\"Hello Jane Q Doe\\""]}},"timestamp":%d}"""
                .formatted(EMAIL, JWT, t + 8));
        events.add("""
                {"type":6,"data":{"plugin":"rrweb/network@1","payload":{"requests":[
                  {"name":"https://api.example/api/login?token=TOKENVALUE9&lang=en","method":"POST","initiatorType":"fetch",
                   "requestHeaders":{"Authorization":"Bearer %s","Content-Type":"application/json","X-Trace":"%s"},
                   "responseHeaders":{"set-cookie":"sid=COOKIEVALUE5; Path=/","content-type":"application/json"},
                   "requestBody":"{\\"password\\":\\"hunter2\\"}","responseBody":"{\\"token\\":\\"bodysecret-xyz\\"}"},
                  {"name":"https://api.example/api/profile","method":"GET",
                   "requestBody":"{\\"q\\":\\"card %s\\"}","responseBody":"{\\"name\\":\\"Secret Profile Name\\"}"}]}},"timestamp":%d}"""
                .formatted(API_KEY, JWT, CARD_PLAIN, t + 9));
        events.add("""
                {"type":5,"data":{"tag":"$pageview","payload":{"href":"https://shop.example/cb?code=OAUTHCODE123&lang=en",
                 "distinct_id":"user-distinct-4711"}},"timestamp":%d}""".formatted(t + 10));
        events.add(incremental(t + 11, """
                {"source":11,"level":"log","trace":[],"payload":["\\"Legacy log secret %s\\""]}""".formatted(EMAIL)));
        events.add(compressedMutation(t + 12));
        events.add(compressedSnapshot(t + 13));
        events.add(incremental(t + 14, """
                {"source":5,"id":102,"text":"hunter2 again","isChecked":false}"""));
        return events;
    }

    private static String snapshot() {
        return """
                {"type":0,"id":1,"childNodes":[
                 {"type":1,"name":"html","publicId":"","systemId":"","id":2},
                 {"type":2,"tagName":"html","attributes":{},"id":3,"childNodes":[
                  {"type":2,"tagName":"head","attributes":{},"id":4,"childNodes":[
                   {"type":2,"tagName":"style","attributes":{},"id":5,"childNodes":[{"type":3,"textContent":".a{color:red}","id":6}]}]},
                  {"type":2,"tagName":"body","attributes":{},"id":7,"childNodes":[
                   {"type":2,"tagName":"div","attributes":{"class":"private"},"id":8,"childNodes":[
                    {"type":3,"textContent":"Secret Account Name","id":9},
                    {"type":2,"tagName":"span","attributes":{"title":"Masked Title Text"},"id":10,"childNodes":[
                     {"type":3,"textContent":"Nested secret text","id":11}]}]},
                   {"type":2,"tagName":"div","attributes":{"class":"vault","style":"width: 120px; height: 40px"},"id":12,"childNodes":[
                    {"type":3,"textContent":"Blocked Balance 98765","id":13},
                    {"type":2,"tagName":"img","attributes":{"src":"https://cdn.example/x.png"},"id":14,"childNodes":[]}]},
                   {"type":2,"tagName":"p","attributes":{},"id":15,"childNodes":[
                    {"type":3,"textContent":"Contact %s or %s, Hello Jane Q Doe","id":16}]},
                   {"type":2,"tagName":"a","attributes":{"href":"https://shop.example/cb?code=OAUTHCODE123&lang=en"},"id":17,"childNodes":[
                    {"type":3,"textContent":"Welcome to the shop","id":18}]},
                   {"type":2,"tagName":"input","attributes":{"type":"text","value":"hunter2-password"},"id":19,"childNodes":[]},
                   {"type":2,"tagName":"input","attributes":{"type":"submit","value":"Send"},"id":20,"childNodes":[]},
                   {"type":2,"tagName":"div","attributes":{"data-card":"%s","data-user-email":"do-not-keep-this-attr","data-key":"%s"},"id":21,"childNodes":[]},
                   {"type":2,"tagName":"textarea","attributes":{"value":"textarea secret note"},"id":22,"childNodes":[
                    {"type":3,"textContent":"textarea secret note","id":23}]}]}]}]}"""
                .formatted(EMAIL, PHONE, CARD, API_KEY);
    }

    private static String mutation(long timestamp, String body) {
        return "{\"type\":3,\"data\":{\"source\":0," + body + "},\"timestamp\":" + timestamp + "}";
    }

    private static String incremental(long timestamp, String data) {
        return "{\"type\":3,\"data\":" + data.strip() + ",\"timestamp\":" + timestamp + "}";
    }

    private static String compressedMutation(long timestamp) {
        ObjectNode data = Json.mapper().createObjectNode();
        data.put("source", 0);
        data.put("adds", compress("""
                [{"parentId":8,"nextId":null,"node":{"type":3,"textContent":"Compressed secret","id":50}},
                 {"parentId":15,"nextId":null,"node":{"type":3,"textContent":"mail compressed.person@example.org","id":51}}]"""));
        data.put("removes", compress("[]"));
        data.put("texts", compress("[{\"id\":16,\"value\":\"Visible compressed text\"}]"));
        data.put("attributes", compress("[]"));
        return event(3, data, timestamp);
    }

    private static String compressedSnapshot(long timestamp) {
        String data = """
                {"node":{"type":0,"id":100,"childNodes":[
                  {"type":2,"tagName":"html","attributes":{},"id":101,"childNodes":[
                   {"type":2,"tagName":"input","attributes":{"value":"hunter2 typed"},"id":102,"childNodes":[]},
                   {"type":2,"tagName":"div","attributes":{"class":"private"},"id":103,"childNodes":[
                    {"type":3,"textContent":"Compressed snapshot secret","id":104}]},
                   {"type":3,"textContent":"%s","id":105}]}]},"initialOffset":{"top":0,"left":0}}""".formatted(JWT);
        ObjectNode event = Json.mapper().createObjectNode();
        event.put("type", 2);
        event.put("data", compress(data));
        event.put("timestamp", timestamp);
        event.put("cv", "2024-10");
        return event.toString();
    }

    private static String event(int type, JsonNode data, long timestamp) {
        ObjectNode event = Json.mapper().createObjectNode();
        event.put("type", type);
        event.set("data", data);
        event.put("timestamp", timestamp);
        event.put("cv", "2024-10");
        return event.toString();
    }

    /** PostHog's encoding: gzip of the UTF-8 JSON, one latin-1 character per byte. */
    static String compress(String json) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Json.mapper().readTree(json).toString().getBytes(StandardCharsets.UTF_8));
            }
            return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
