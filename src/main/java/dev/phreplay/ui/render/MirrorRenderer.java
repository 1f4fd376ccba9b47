package dev.phreplay.ui.render;

import dev.phreplay.dom.CanvasImage;
import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorListener;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.SelectionState;
import dev.phreplay.ui.session.PlaybackListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The renderer as a projection of the mirror: each {@link MirrorListener} callback becomes an op
 * for renderer.js, serialised at once (the mirror may change again before the frame is drawn), and
 * {@link #drain()} hands one frame's batch to the page. A rebuild discards the pending ops: the
 * whole tree replaces them. Callbacks may come from any thread; draining is thread-safe.
 */
public final class MirrorRenderer implements MirrorListener, PlaybackListener {
    private final JsText ops = new JsText(1 << 12);
    private int opCount;
    private int eventIndex = -1;
    private int writtenEventIndex = -2;
    private RenderFrame.Viewport viewport;
    private RenderFrame.Pointer pointer;
    private final List<RenderFrame.Pointer> clicks = new ArrayList<>();
    private Boolean paused;

    /** Tags the following ops with the event that causes them, so a failure can name it. */
    public synchronized void beginEvent(int index) {
        eventIndex = index;
    }

    @Override
    public void eventApplying(int eventIndex) {
        beginEvent(eventIndex);
    }

    public synchronized void setPaused(boolean value) {
        paused = value;
    }

    /** Takes everything pending since the last call. */
    public synchronized RenderFrame drain() {
        if (paused != null) {
            op("paused").raw(',').bool(paused);
            end();
            paused = null;
        }
        String batch = opCount == 0 ? null : ops + "]";
        RenderFrame frame = new RenderFrame(batch, viewport, pointer, List.copyOf(clicks));
        ops.clear();
        opCount = 0;
        writtenEventIndex = -2;
        viewport = null;
        pointer = null;
        clicks.clear();
        return frame;
    }

    @Override
    public synchronized void documentRebuilt(MirrorDocument document) {
        ops.clear();
        opCount = 0;
        writtenEventIndex = -2;
        op("reset").raw(',');
        TreeWriter.write(ops, document);
        end();
    }

    @Override
    public synchronized void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) {
        op("ins").raw(',');
        NodeKeys.write(ops, parent);
        ops.raw(',');
        NodeKeys.write(ops, before);
        ops.raw(',');
        TreeWriter.write(ops, node);
        end();
    }

    /** An iframe got a whole new content document (rrweb's isAttachIframe). */
    @Override
    public synchronized void frameDocumentAttached(MirrorElement frame, MirrorDocument document) {
        op("frame").raw(',');
        NodeKeys.write(ops, frame);
        ops.raw(',');
        TreeWriter.write(ops, document);
        end();
    }

    @Override
    public synchronized void nodeRemoved(MirrorNode parent, MirrorNode node) {
        op("rm").raw(',');
        NodeKeys.write(ops, node);
        end();
    }

    @Override
    public synchronized void attributeChanged(MirrorElement element, String name, String value) {
        op("attr").raw(',');
        NodeKeys.write(ops, element);
        ops.raw(',').string(name).raw(',').string(value);
        end();
    }

    @Override
    public synchronized void characterDataChanged(MirrorCharacterData node) {
        op("text").raw(',');
        NodeKeys.write(ops, node);
        ops.raw(',').string(node.data());
        end();
    }

    @Override
    public synchronized void inputChanged(MirrorElement element) {
        op("input").raw(',');
        NodeKeys.write(ops, element);
        ops.raw(',').string(element.value()).raw(',').bool(element.checked());
        end();
        if (element.is("select")) {
            TreeWriter.forEachSelectedness(element, (option, selected) -> {
                op("sel").raw(',');
                NodeKeys.write(ops, option);
                ops.raw(',').bool(selected);
                end();
            });
        }
    }

    @Override
    public synchronized void scrollChanged(MirrorNode target, double left, double top) {
        op("scroll").raw(',');
        NodeKeys.write(ops, target);
        ops.raw(',').number(left).raw(',').number(top);
        end();
    }

    /**
     * A style element's CSSOM changed (insertRule and the like): the page's sheet gets the
     * mirror's rules, its text stays as recorded. Adopted sheets: {@link #adoptedSheetsChanged}.
     */
    @Override
    public synchronized void styleSheetsChanged(MirrorNode owner) {
        if (owner instanceof MirrorElement element && element.is("style") && element.sheet() != null) {
            op("sheet").raw(',');
            NodeKeys.write(ops, element);
            ops.raw(',').string(element.sheet().cssText());
            end();
        }
    }

    /** The recorded text selection, drawn as the page's selection. */
    @Override
    public synchronized void selectionChanged(SelectionState selection) {
        op("select").raw(",[");
        List<SelectionState.Range> ranges = selection == null ? List.of() : selection.ranges();
        for (int i = 0; i < ranges.size(); i++) {
            SelectionState.Range range = ranges.get(i);
            ops.raw(i > 0 ? ",[" : "[").number((long) range.start()).raw(',').number((long) range.startOffset()).raw(',')
                    .number((long) range.end()).raw(',').number((long) range.endOffset()).raw(']');
        }
        ops.raw(']');
        end();
    }

    /** The latest picture of a canvas, when the mirror could recover one. */
    @Override
    public synchronized void canvasChanged(MirrorElement canvas, CanvasImage image) {
        if (image.dataUrl() == null) {
            return;
        }
        op("canvas").raw(',');
        NodeKeys.write(ops, canvas);
        ops.raw(',').string(image.dataUrl());
        end();
    }

    /** The sheets a document or shadow root adopted: drawn as constructed sheets of the page. */
    @Override
    public synchronized void adoptedSheetsChanged(MirrorNode host, List<String> cssTexts) {
        op("adopt").raw(',');
        NodeKeys.write(ops, host);
        ops.raw(",[");
        for (int i = 0; i < cssTexts.size(); i++) {
            if (i > 0) {
                ops.raw(',');
            }
            ops.string(cssTexts.get(i));
        }
        ops.raw(']');
        end();
    }

    @Override
    public synchronized void viewportResized(int width, int height) {
        viewport = new RenderFrame.Viewport(width, height);
    }

    @Override
    public synchronized void pointerMoved(double x, double y, int targetId) {
        pointer = new RenderFrame.Pointer(x, y, targetId);
        op("hover").raw(',').number((long) targetId);
        end();
    }

    @Override
    public synchronized void clicked(double x, double y, int targetId) {
        pointer = new RenderFrame.Pointer(x, y, targetId);
        clicks.add(pointer);
    }

    private JsText op(String name) {
        ops.raw(opCount == 0 ? "[" : ",");
        if (eventIndex != writtenEventIndex) {
            ops.raw("[\"ev\",").number((long) eventIndex).raw("],");
            writtenEventIndex = eventIndex;
        }
        opCount++;
        return ops.raw('[').string(name);
    }

    private void end() {
        ops.raw(']');
    }
}
