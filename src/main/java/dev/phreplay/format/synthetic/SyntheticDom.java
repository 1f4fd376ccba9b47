package dev.phreplay.format.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The page the generator records: a full snapshot of a few thousand nodes, and the ids that
 * later mutations may use (containers to add to, elements to restyle, texts to change) so that
 * every mutation refers to nodes that exist.
 */
final class SyntheticDom {
    private final SplittableRandom random;
    private int nextId;
    final IntList containers = new IntList();
    final IntList elements = new IntList();
    final IntList texts = new IntList();
    final IntList buttons = new IntList();
    final IntList inputs = new IntList();
    int nodeCount;

    SyntheticDom(SplittableRandom random, int firstId) {
        this.random = random;
        this.nextId = firstId;
    }

    int newId() {
        return nextId++;
    }

    /** Writes {@code data} of a FullSnapshot: {node, initialOffset}. */
    void writeSnapshot(JsonGenerator json, int sections) throws IOException {
        json.writeStartObject();
        json.writeFieldName("node");
        json.writeStartObject();
        json.writeNumberField("type", 0);
        json.writeArrayFieldStart("childNodes");
        json.writeStartObject();
        json.writeNumberField("type", 1);
        json.writeStringField("name", "html");
        json.writeStringField("publicId", "");
        json.writeStringField("systemId", "");
        json.writeNumberField("id", newId());
        json.writeEndObject();
        int html = open(json, "html", "lang", "en");
        head(json);
        int body = open(json, "body", "class", "app");
        containers.add(body);
        nav(json);
        int main = open(json, "main", "id", "content");
        containers.add(main);
        for (int s = 0; s < sections; s++) {
            section(json, s);
        }
        close(json);
        close(json);
        close(json);
        json.writeEndArray();
        json.writeNumberField("id", newId());
        json.writeEndObject();
        json.writeObjectFieldStart("initialOffset");
        json.writeNumberField("left", 0);
        json.writeNumberField("top", 0);
        json.writeEndObject();
        json.writeEndObject();
        elements.add(html);
    }

    private void head(JsonGenerator json) throws IOException {
        open(json, "head");
        leaf(json, "meta", "charset", "utf-8");
        open(json, "title");
        text(json, "Synthetic dashboard", false);
        close(json);
        open(json, "style");
        text(json, ".app{font-family:sans-serif;margin:0}.card{border:1px solid #ddd;padding:8px;margin:4px}"
                + ".grid{display:flex;flex-wrap:wrap}.hidden{display:none}.active{background:#eef}", true);
        close(json);
        close(json);
    }

    private void nav(JsonGenerator json) throws IOException {
        open(json, "nav", "class", "top");
        open(json, "ul");
        for (int i = 0; i < 12; i++) {
            open(json, "li");
            int a = open(json, "a", "href", "/page/" + i);
            elements.add(a);
            text(json, "Section " + i, false);
            close(json);
            close(json);
        }
        close(json);
        close(json);
    }

    private void section(JsonGenerator json, int index) throws IOException {
        int section = open(json, "section", "class", "panel");
        elements.add(section);
        open(json, "h2");
        text(json, "Panel " + index, false);
        close(json);
        int grid = open(json, "div", "class", "grid");
        containers.add(grid);
        for (int c = 0; c < 12; c++) {
            int card = open(json, "div", "class", "card");
            elements.add(card);
            open(json, "span");
            text(json, "Metric " + index + "." + c + ": " + random.nextInt(10_000), false);
            close(json);
            int button = open(json, "button", "type", "button");
            buttons.add(button);
            text(json, "Open", false);
            close(json);
            if (c % 4 == 0) {
                inputs.add(leaf(json, "input", "type", "text"));
            }
            close(json);
        }
        close(json);
        close(json);
    }

    private int open(JsonGenerator json, String tag, String... attributes) throws IOException {
        int id = newId();
        json.writeStartObject();
        json.writeNumberField("type", 2);
        json.writeStringField("tagName", tag);
        json.writeObjectFieldStart("attributes");
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            json.writeStringField(attributes[i], attributes[i + 1]);
        }
        json.writeEndObject();
        json.writeArrayFieldStart("childNodes");
        pendingIds.add(id);
        nodeCount++;
        return id;
    }

    private final IntList pendingIds = new IntList();

    private void close(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeNumberField("id", pendingIds.removeLast());
        json.writeEndObject();
    }

    private int leaf(JsonGenerator json, String tag, String... attributes) throws IOException {
        int id = open(json, tag, attributes);
        close(json);
        return id;
    }

    private void text(JsonGenerator json, String content, boolean style) throws IOException {
        int id = newId();
        json.writeStartObject();
        json.writeNumberField("type", 3);
        json.writeStringField("textContent", content);
        if (style) {
            json.writeBooleanField("isStyle", true);
        } else {
            texts.add(id);
        }
        json.writeNumberField("id", id);
        json.writeEndObject();
        nodeCount++;
    }

    /** A growable list of ints, with swap-removal at random. */
    static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return values[index];
        }

        int random(SplittableRandom random) {
            return values[random.nextInt(size)];
        }

        void clearAll() {
            size = 0;
        }

        int removeLast() {
            return values[--size];
        }

        /** Removes and returns the value at {@code index}, moving the last value there. */
        int removeAt(int index) {
            int value = values[index];
            values[index] = values[--size];
            return value;
        }
    }
}
