package dev.phreplay.event;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The node decoder walks the tree without recursion: depth costs heap, not the thread's stack. */
class NodeDecoderDepthTest {
    /** As deep as the parser allows: each element is two JSON levels (object, childNodes array). */
    static final int DEPTH = Json.MAX_NESTING_DEPTH / 2 - 5;

    @Test
    void decodesANestingAsDeepAsTheParserAllowsOnATinyStack() throws Exception {
        String json = "{\"type\":0,\"id\":1,\"childNodes\":[" + chain(DEPTH, 2, "") + "]}";
        AtomicReference<Object> result = new AtomicReference<>();
        // 128 KiB of stack: the recursive decoder overflowed at a few hundred levels here.
        Thread thread = new Thread(null, () -> {
            try {
                result.set(NodeDecoder.decode(Json.mapper().readTree(json), "data.node"));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 128 * 1024);
        thread.start();
        thread.join();
        SerializedNode node = assertInstanceOf(SerializedNode.Document.class, result.get(), () -> String.valueOf(result.get()));
        int depth = 0;
        while (!node.childNodes().isEmpty()) {
            node = node.childNodes().getFirst();
            depth++;
        }
        assertEquals(DEPTH + 1, depth, "every element plus the innermost text");
        assertEquals(DEPTH + 2, node.id());
        assertEquals("deep", ((SerializedNode.Text) node).textContent());
    }

    @Test
    void anErrorDeepInTheTreeNamesItsPath() throws Exception {
        String json = "{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":1,\"id\":2,\"name\":\"html\"},"
                + chain(3, 3, "{\"type\":2,\"id\":99}") + "]}";
        var error = assertThrows(EventDecodeException.class, () -> NodeDecoder.decode(Json.mapper().readTree(json), "data.node"));
        assertEquals("data.node.childNodes[1].childNodes[0].childNodes[0].childNodes[0].tagName", error.field());
        var badType = assertThrows(EventDecodeException.class, () -> NodeDecoder.decode(Json.mapper().readTree(
                "{\"type\":0,\"id\":1,\"childNodes\":[" + chain(2, 2, "{\"type\":7,\"id\":9}") + "]}"), "data.node"));
        assertEquals("data.node.childNodes[0].childNodes[0].childNodes[0].type", badType.field());
    }

    /** Elements nested {@code depth} deep (ids from {@code firstId}), the innermost holding {@code inner} or a text. */
    static String chain(int depth, int firstId, String inner) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append("{\"type\":2,\"tagName\":\"div\",\"attributes\":{},\"id\":").append(firstId + i).append(",\"childNodes\":[");
        }
        out.append(inner.isEmpty() ? "{\"type\":3,\"id\":" + (firstId + depth) + ",\"textContent\":\"deep\"}" : inner);
        out.append("]}".repeat(depth));
        return out.toString();
    }
}
