package dev.phreplay.ui.render;

import dev.phreplay.dom.CanvasImage;
import dev.phreplay.dom.MediaState;
import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorListener;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.dom.SelectionState;
import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.PlaybackListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renderer as a projection of the mirror: each {@link MirrorListener} callback becomes an op
 * for renderer.js, serialised at once (the mirror may change again before the frame is drawn), and
 * {@link #drain()} hands one frame's batch to the page. A rebuild (a seek, a full snapshot) changes
 * only what differs from the page ({@link Reconciler}); the first one draws the page whole.
 * Callbacks may come from any thread; draining is thread-safe.
 */
public final class MirrorRenderer implements MirrorListener, PlaybackListener {
    private final OpWriter ops = new OpWriter();
    private final PageModel page = new PageModel();
    private final Reconciler reconciler = new Reconciler(page, ops);
    /** Documents and shadow hosts given adopted sheets: a rebuild clears them before setting the new ones. */
    private final Set<Integer> adoptingHosts = new LinkedHashSet<>();
    private RenderFrame.Viewport viewport;
    private RenderFrame.Pointer pointer;
    private final List<RenderFrame.Pointer> clicks = new ArrayList<>();
    private Boolean paused;
    private PlayClock clock;
    /** The audio and video elements of the page with their recorded state, and those to bring in line with the clock. */
    private final Map<Integer, PlayingMedia> media = new HashMap<>();
    private final Set<Integer> mediaToSync = new LinkedHashSet<>();
    /**
     * A rebuild left the hovered chain as it was: the frame clears it unless the pointer is set
     * again, which moves the :hover class only where the chain changed (taking it off the whole
     * chain and putting it back would restyle every subtree that recorded :hover rules match).
     */
    private boolean hoverStale;

    /** Tags the following ops with the event that causes them, so a failure can name it. */
    public synchronized void beginEvent(int index) {
        ops.tag(index);
    }

    @Override
    public void eventApplying(int eventIndex) {
        beginEvent(eventIndex);
    }

    /**
     * Where the player's clock is. As rrweb's MediaManager does, media are brought in line with it
     * when it starts, stops, changes rate or is moved by a seek; while it runs they play by themselves.
     */
    public synchronized void setClock(PlayClock next) {
        if (clock == null || next.running() != clock.running()) {
            paused = !next.running();
        }
        if (clock == null || next.seeked() || next.running() != clock.running() || next.rate() != clock.rate()) {
            mediaToSync.addAll(media.keySet());
        }
        clock = next;
    }

    /** Takes everything pending since the last call. */
    public synchronized RenderFrame drain() {
        if (hoverStale) {
            op("hover").raw(',').number(-1L);
            end();
            hoverStale = false;
        }
        if (paused != null) {
            op("paused").raw(',').bool(paused);
            end();
            paused = null;
        }
        syncMedia();
        RenderFrame frame = new RenderFrame(ops.drain(), viewport, pointer, List.copyOf(clicks));
        viewport = null;
        pointer = null;
        clicks.clear();
        return frame;
    }

    @Override
    public synchronized void documentRebuilt(MirrorDocument document) {
        media.clear(); // the mirror announces the new page's media after it
        mediaToSync.clear();
        if (!ops.hasReset()) {
            clearPageState();
            if (reconciler.reconcile(document)) {
                return;
            }
        }
        ops.clear();
        adoptingHosts.clear();
        hoverStale = false; // a page drawn whole starts with no hovered chain
        TreeWriter.write(op("reset").raw(','), document);
        end();
        page.reset(document);
    }

    /** How many nodes the page holds (elements, texts, comments…, in every document), as drawn. */
    public synchronized int shownNodeCount() {
        return page.size();
    }

    /** An op failed in the page: what it holds is no longer known, so the next rebuild draws it whole. */
    public synchronized void pageDiverged() {
        page.distrust();
    }

    /** What a page drawn whole loses by itself: the hovered chain, the selection, adopted sheets. */
    private void clearPageState() {
        hoverStale = true;
        op("select").raw(",[]");
        end();
        for (int host : adoptingHosts) {
            if (page.get(host) != null) {
                op("adopt").raw(',').number((long) host).raw(",[]");
                end();
            }
        }
        adoptingHosts.clear();
    }

    @Override
    public synchronized void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) {
        ops.insert(key(parent), key(before), node);
        page.inserted(parent, node, before);
    }

    /** An iframe got a whole new content document (rrweb's isAttachIframe). */
    @Override
    public synchronized void frameDocumentAttached(MirrorElement frame, MirrorDocument document) {
        ops.frame(key(frame), document);
        page.frameAttached(frame, document);
    }

    @Override
    public synchronized void nodeRemoved(MirrorNode parent, MirrorNode node) {
        ops.remove(key(node));
        page.removed(node);
    }

    @Override
    public synchronized void attributeChanged(MirrorElement element, String name, String value) {
        ops.attribute(key(element), name, value);
        page.attributeChanged(element, name, value);
    }

    @Override
    public synchronized void characterDataChanged(MirrorCharacterData node) {
        ops.text(key(node), node.data());
        page.characterDataChanged(node);
    }

    @Override
    public synchronized void inputChanged(MirrorElement element) {
        ops.input(key(element), element.value(), element.checked());
        if (element.is("select")) {
            TreeWriter.forEachSelectedness(element, (option, selected) -> ops.selected(key(option), selected));
        }
        page.inputChanged(element);
    }

    @Override
    public synchronized void scrollChanged(MirrorNode target, double left, double top) {
        ops.scroll(key(target), left, top);
        page.scrolled(target, left, top);
    }

    /**
     * A style element's CSSOM changed (insertRule and the like): the page's sheet gets the
     * mirror's rules, its text stays as recorded. Adopted sheets: {@link #adoptedSheetsChanged}.
     */
    @Override
    public synchronized void styleSheetsChanged(MirrorNode owner) {
        if (owner instanceof MirrorElement element && element.is("style") && element.sheet() != null) {
            ops.sheet(key(element), element.sheet().cssText());
            page.sheetChanged(element, element.sheet().cssText());
        }
    }

    /** The recorded text selection, drawn as the page's selection. */
    @Override
    public synchronized void selectionChanged(SelectionState selection) {
        op("select").raw(",[");
        List<SelectionState.Range> ranges = selection == null ? List.of() : selection.ranges();
        for (int i = 0; i < ranges.size(); i++) {
            SelectionState.Range range = ranges.get(i);
            out().raw(i > 0 ? ",[" : "[").number((long) range.start()).raw(',').number((long) range.startOffset()).raw(',')
                    .number((long) range.end()).raw(',').number((long) range.endOffset()).raw(']');
        }
        out().raw(']');
        end();
    }

    /** The latest picture of a canvas, when the mirror could recover one. */
    @Override
    public synchronized void canvasChanged(MirrorElement canvas, CanvasImage image) {
        if (image.dataUrl() == null) {
            return;
        }
        op("canvas").raw(',');
        NodeKeys.write(out(), canvas);
        out().raw(',').string(image.dataUrl());
        end();
        page.painted(canvas);
    }

    /** A media element's recorded state: drawn at the next frame, at the clock's time. */
    @Override
    public synchronized void mediaChanged(MirrorElement element, MediaState state) {
        media.put(element.id(), new PlayingMedia(element, state));
        mediaToSync.add(element.id());
    }

    /**
     * rrweb's syncTargetWithState: the position the recorded state gives at the clock's time, the
     * recorded rate times the player's, and playing only while both play.
     */
    private void syncMedia() {
        for (int id : mediaToSync) {
            PlayingMedia entry = media.get(id);
            if (entry == null || page.get(id) == null) {
                media.remove(id);
                continue;
            }
            MediaState state = entry.state();
            // with no player clock (a screenshot, a dump) the element stays where it was last told to be
            PlayClock now = clock != null ? clock : new PlayClock(state.timeOffset(), 1, false, false);
            double position = state.positionAt(now.time());
            op("media").raw(',');
            NodeKeys.write(out(), entry.element());
            out().raw(',').number(position).raw(',').number(state.playbackRate() * now.rate()).raw(',')
                    .bool(state.loop()).raw(',').number(state.volume()).raw(',').bool(state.playing() && now.running());
            end();
        }
        mediaToSync.clear();
    }

    private record PlayingMedia(MirrorElement element, MediaState state) {}

    /** The sheets a document or shadow root adopted: drawn as constructed sheets of the page. */
    @Override
    public synchronized void adoptedSheetsChanged(MirrorNode host, List<String> cssTexts) {
        op("adopt").raw(',');
        NodeKeys.write(out(), host);
        adoptingHosts.add(host.id());
        out().raw(",[");
        for (int i = 0; i < cssTexts.size(); i++) {
            if (i > 0) {
                out().raw(',');
            }
            out().string(cssTexts.get(i));
        }
        out().raw(']');
        end();
    }

    @Override
    public synchronized void viewportResized(int width, int height) {
        viewport = new RenderFrame.Viewport(width, height);
    }

    @Override
    public synchronized void pointerMoved(double x, double y, int targetId) {
        pointer = new RenderFrame.Pointer(x, y, targetId);
        hoverStale = false;
        op("hover").raw(',').number((long) targetId);
        end();
    }

    @Override
    public synchronized void clicked(double x, double y, int targetId) {
        pointer = new RenderFrame.Pointer(x, y, targetId);
        clicks.add(pointer);
    }

    private JsText op(String name) {
        return ops.begin(name);
    }

    private void end() {
        ops.end();
    }

    private JsText out() {
        return ops.out();
    }

    private static OpWriter.Key key(MirrorNode node) {
        return out -> NodeKeys.write(out, node);
    }
}
