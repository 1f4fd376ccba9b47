package dev.phreplay.ui.render;

import dev.phreplay.dom.MirrorNode;

/**
 * One frame's op list for renderer.js, {@code [["name",args…],…]}, each op tagged with the event
 * that caused it (an {@code ["ev",index]} op before the first op of each event), so a failure
 * can name the event.
 */
final class OpWriter {
    private final JsText text = new JsText(1 << 12);
    private int count;
    private int eventIndex = -1;
    private int writtenEventIndex = -2;
    private boolean hasReset;

    void tag(int index) {
        eventIndex = index;
    }

    /** Opens an op; the caller writes its arguments, each after a comma, then {@link #end()}. */
    JsText begin(String name) {
        text.raw(count == 0 ? "[" : ",");
        if (eventIndex != writtenEventIndex) {
            text.raw("[\"ev\",").number((long) eventIndex).raw("],");
            writtenEventIndex = eventIndex;
        }
        count++;
        hasReset |= name.equals("reset");
        return text.raw('[').string(name);
    }

    /** Where an open op's arguments go. */
    JsText out() {
        return text;
    }

    void end() {
        text.raw(']');
    }

    /** Writes a node's key in the script's map: a mirror node's ({@link NodeKeys}) or a page node's ({@link PageModel}). */
    @FunctionalInterface
    interface Key {
        void write(JsText out);
    }

    // ---- the ops that change the tree; their form is what renderer.js's applyOne reads -------------
    void insert(Key parent, Key before, MirrorNode node) {
        JsText out = begin("ins", parent);
        before.write(out.raw(','));
        TreeWriter.write(out.raw(','), node);
        end();
    }

    void move(Key parent, Key before, Key node) {
        JsText out = begin("mv", parent);
        before.write(out.raw(','));
        node.write(out.raw(','));
        end();
    }

    void remove(Key node) {
        begin("rm", node);
        end();
    }

    void frame(Key frame, MirrorNode document) {
        TreeWriter.write(begin("frame", frame).raw(','), document);
        end();
    }

    void attribute(Key element, String name, String value) {
        begin("attr", element).raw(',').string(name).raw(',').string(value);
        end();
    }

    void text(Key node, String data) {
        begin("text", node).raw(',').string(data);
        end();
    }

    void input(Key element, String value, Boolean checked) {
        begin("input", element).raw(',').string(value).raw(',').bool(checked);
        end();
    }

    void selected(Key option, Boolean selected) {
        begin("sel", option).raw(',').bool(selected);
        end();
    }

    void sheet(Key style, String cssText) {
        begin("sheet", style).raw(',').string(cssText);
        end();
    }

    void scroll(Key node, double left, double top) {
        begin("scroll", node).raw(',').number(left).raw(',').number(top);
        end();
    }

    private JsText begin(String name, Key node) {
        JsText out = begin(name).raw(',');
        node.write(out);
        return out;
    }

    /** How many ops were written since the last drain. */
    int count() {
        return count;
    }

    /** True when the ops not yet drained draw the page whole. */
    boolean hasReset() {
        return hasReset;
    }

    /** The ops written since the last call, as one array literal, or null when there are none. */
    String drain() {
        String batch = count == 0 ? null : text + "]";
        clear();
        return batch;
    }

    void clear() {
        text.clear();
        count = 0;
        writtenEventIndex = -2;
        hasReset = false;
    }
}
