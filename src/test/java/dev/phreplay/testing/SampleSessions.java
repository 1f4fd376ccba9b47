package dev.phreplay.testing;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.inspect.Inspection;
import dev.phreplay.inspect.Inspector;
import java.util.List;

/**
 * A small hand-written session (one window "w", 32 s) with clicks, a rage click, dead clicks,
 * inputs, navigations, mutations, inactivity and a custom event, and its page as a hand-built
 * mirror document (the state after the full snapshot), for inspector and panel tests.
 */
public final class SampleSessions {
    private SampleSessions() {}

    public static final String SNAPSHOT = """
        {"type":2,"timestamp":10,"data":{"node":{"type":0,"id":1,"childNodes":[
          {"type":2,"tagName":"html","attributes":{},"id":2,"childNodes":[
            {"type":2,"tagName":"body","attributes":{},"id":3,"childNodes":[
              {"type":2,"tagName":"button","attributes":{"id":"b"},"id":5,"childNodes":[{"type":3,"textContent":" Save ","id":6}]},
              {"type":2,"tagName":"div","attributes":{"class":"panel"},"id":7,"childNodes":[{"type":3,"textContent":"Nothing","id":8}]},
              {"type":2,"tagName":"input","attributes":{"type":"password"},"id":9,"childNodes":[]},
              {"type":2,"tagName":"input","attributes":{"type":"checkbox"},"id":10,"childNodes":[]}]}]}]},
          "initialOffset":{"top":0,"left":0}}}""";

    public static String click(long ts, int id, double x, double y) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":2,\"type\":2,\"id\":%d,\"x\":%s,\"y\":%s}}".formatted(ts, id, x, y);
    }

    public static String move(long ts) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":1,\"positions\":[{\"x\":1,\"y\":1,\"id\":3,\"timeOffset\":0}]}}".formatted(ts);
    }

    public static String input(long ts, int id, String text, boolean checked) {
        return "{\"type\":3,\"timestamp\":%d,\"data\":{\"source\":5,\"id\":%d,\"text\":\"%s\",\"isChecked\":%s}}".formatted(ts, id, text, checked);
    }

    public static Inspection session() {
        try {
            return Inspector.inspect(recording());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The session's events, one window "w". */
    public static InMemoryRecording recording() {
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
        return new InMemoryRecording().add("w", events);
    }


    /** The page of {@link #SNAPSHOT} as mirror nodes, ids as in the snapshot. */
    public static MirrorDocument snapshotPage() {
        MirrorDocument document = new MirrorDocument(1, null);
        MirrorElement html = element(2, "html");
        MirrorElement body = element(3, "body");
        MirrorElement button = element(5, "button", "id", "b");
        button.appendChild(new MirrorCharacterData(6, MirrorCharacterData.Kind.TEXT, " Save "));
        MirrorElement div = element(7, "div", "class", "panel");
        div.appendChild(new MirrorCharacterData(8, MirrorCharacterData.Kind.TEXT, "Nothing"));
        document.appendChild(html);
        html.appendChild(body);
        body.appendChild(button);
        body.appendChild(div);
        body.appendChild(element(9, "input", "type", "password"));
        body.appendChild(element(10, "input", "type", "checkbox"));
        return document;
    }

    public static MirrorElement element(int id, String tag, String... attributes) {
        MirrorElement element = new MirrorElement(id, tag, null);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }
}
