package dev.phreplay.dom;

import dev.phreplay.dom.css.CssAdapter;
import dev.phreplay.dom.css.CssSheet;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rebuilt page as plain Java objects, kept as rrweb's Replayer keeps its iframe: apply
 * events in timestamp order and read the tree and the replay state at any moment. Bad data never
 * throws: what cannot be applied is skipped and counted in {@link #skipped()}.
 *
 * <p>Not thread-safe: apply, copy and read from one thread at a time. A copy shares nothing
 * mutable with its original, so it can be handed to another thread.
 */
public final class Mirror {
    private static final CssAdapter SHARED_CSS = new CssAdapter();

    final NodeRegistry nodes;
    final CssAdapter css = SHARED_CSS;
    final List<MirrorListener> listeners = new ArrayList<>();
    final Map<Integer, MediaState> media;
    final Map<Integer, CanvasImage> canvases;
    /** rrweb's StyleSheetMirror: constructed sheets by styleId. */
    final Map<Integer, CssSheet> constructedSheets;
    /** Adopted sheet ids per host (document id or shadow host id). */
    final Map<Integer, List<Integer>> adoptedSheets;
    final Set<String> definedCustomElements;
    final List<String> fonts;
    /** rrweb's newDocumentQueue: iframe documents whose iframe does not exist yet. */
    final List<IncrementalData.Addition> pendingFrameDocuments;
    /** rrweb's legacy_missingNodeRetryMap: nodes added with previousId/nextId -1. */
    final Map<Integer, LegacyMissingNode> legacyMissing;
    final SkipCounters skipped;
    /** Canvases given a picture while the current event is applied, to announce when it is done. */
    final List<Integer> canvasesBuilt = new ArrayList<>();
    /** Audio and video elements built while the current event is applied, to announce with their state. */
    final List<Integer> mediaBuilt = new ArrayList<>();
    MirrorDocument document;
    int viewportWidth;
    int viewportHeight;
    double pointerX;
    double pointerY;
    int pointerTargetId = -1;
    int hoveredId = -1;
    boolean touchActive;
    int focusedId = -1;
    SelectionState selection;
    long currentTime;
    int nextSyntheticId = -2;
    /** True while a full snapshot is being rebuilt (rrweb builds it into the real DOM, not the virtual one). */
    boolean rebuilding;
    private final SnapshotBuilder builder = new SnapshotBuilder(this);
    private final MutationApplier mutations = new MutationApplier(this, builder);
    private final StyleSheetApplier styles = new StyleSheetApplier(this);

    record LegacyMissingNode(MirrorNode node, IncrementalData.Addition mutation) {}

    public Mirror() {
        this(new NodeRegistry(), new SkipCounters());
        document = new MirrorDocument(nextSyntheticId(), null);
    }

    /** For {@link MirrorCopier}: the state maps are given, already copied. */
    Mirror(NodeRegistry nodes, SkipCounters skipped) {
        this.nodes = nodes;
        this.skipped = skipped;
        media = new HashMap<>();
        canvases = new HashMap<>();
        constructedSheets = new HashMap<>();
        adoptedSheets = new HashMap<>();
        definedCustomElements = new LinkedHashSet<>();
        fonts = new ArrayList<>();
        pendingFrameDocuments = new ArrayList<>();
        legacyMissing = new HashMap<>();
    }

    // ---- applying ---------------------------------------------------------------------------

    /** Decodes and applies one stored event; an undecodable event is skipped and counted. Never throws on bad data. */
    public void apply(RawEvent raw) {
        RecordedEvent event;
        try {
            event = raw.decode();
        } catch (EventDecodeException e) {
            skipped.count(SkipCounters.Reason.UNDECODABLE_EVENT);
            return;
        }
        apply(event);
    }

    /** Applies one event. Never throws on bad data. */
    public void apply(RecordedEvent event) {
        currentTime = event.timestamp();
        try {
            switch (event) {
                case RecordedEvent.FullSnapshot snapshot -> rebuild(snapshot);
                case RecordedEvent.Meta meta -> resize(meta.width(), meta.height());
                case RecordedEvent.Incremental incremental -> applyIncremental(incremental.data());
                default -> { }
            }
        } catch (RuntimeException e) {
            skipped.count(SkipCounters.Reason.MUTATION_ABORTED);
        }
        // rrweb gives canvases their picture and media elements their state (addMediaElements) once built
        announceBuilt(canvasesBuilt, canvases, MirrorListener::canvasChanged);
        announceBuilt(mediaBuilt, media, MirrorListener::mediaChanged);
    }

    /** Elements built during the event just applied, announced once they are in the tree. */
    private <T> void announceBuilt(List<Integer> built, Map<Integer, T> states, Announcement<T> announcement) {
        for (int id : built) {
            T state = states.get(id);
            if (state != null && nodes.get(id) instanceof MirrorElement element) {
                for (MirrorListener listener : listeners) {
                    announcement.announce(listener, element, state);
                }
            }
        }
        built.clear();
    }

    @FunctionalInterface
    private interface Announcement<T> {
        void announce(MirrorListener listener, MirrorElement element, T state);
    }

    private void rebuild(RecordedEvent.FullSnapshot snapshot) {
        legacyMissing.clear();
        nodes.clear();
        media.clear();
        constructedSheets.clear();
        adoptedSheets.clear();
        hoveredId = -1;
        rebuilding = true;
        try {
            document = builder.buildDocument(snapshot.node());
            attachPendingFrames(document);
        } finally {
            rebuilding = false;
        }
        document.setScroll(snapshot.initialLeft(), snapshot.initialTop());
        ScrollRestorer.applyRecordedScroll(document);
        for (MirrorListener listener : listeners) {
            listener.documentRebuilt(document);
        }
    }

    /** Attaches queued iframe documents to the frames now present under {@code root}. */
    void attachPendingFrames(MirrorNode root) {
        if (pendingFrameDocuments.isEmpty()) {
            return;
        }
        for (MirrorElement frame : Walk.elements(root)) {
            if (!frame.is("iframe") || frame.id() < 0) {
                continue;
            }
            for (IncrementalData.Addition add : List.copyOf(pendingFrameDocuments)) {
                if (add.parentId() == frame.id()) {
                    pendingFrameDocuments.remove(add);
                    mutations.attachFrameDocument(add, frame);
                    break;
                }
            }
        }
    }

    private void resize(int width, int height) {
        viewportWidth = width;
        viewportHeight = height;
        for (MirrorListener listener : listeners) {
            listener.viewportResized(width, height);
        }
    }

    private void applyIncremental(IncrementalData data) {
        switch (data) {
            case IncrementalData.Mutation mutation -> mutations.apply(mutation);
            case IncrementalData.PointerMove move -> {
                if (!move.positions().isEmpty()) {
                    IncrementalData.Position last = move.positions().getLast();
                    moveAndHover(last.x(), last.y(), last.id());
                }
            }
            case IncrementalData.MouseInteraction interaction -> Interactions.apply(this, interaction);
            case IncrementalData.Scroll scroll -> scroll(scroll);
            case IncrementalData.ViewportResize resize -> resize(resize.width(), resize.height());
            case IncrementalData.Input input -> FormState.applyInput(this, input);
            case IncrementalData.MediaInteraction interaction -> MediaUpdates.apply(this, interaction);
            case IncrementalData.StyleSheetRule rule -> styles.apply(rule);
            case IncrementalData.StyleDeclaration declaration -> styles.apply(declaration);
            case IncrementalData.AdoptedStyleSheet adopted -> styles.apply(adopted);
            case IncrementalData.CanvasMutation canvas -> CanvasUpdates.apply(this, canvas);
            case IncrementalData.Font font -> fonts.add(font.family());
            case IncrementalData.Selection selected -> select(selected);
            case IncrementalData.CustomElement custom -> {
                if (custom.defineName() != null) {
                    definedCustomElements.add(custom.defineName());
                }
            }
            case IncrementalData.Log log -> { }
            case IncrementalData.Unknown unknown -> skipped.count(SkipCounters.Reason.UNKNOWN_EVENT);
        }
    }

    /** rrweb's moveAndHover: a missing target leaves the cursor where it is. */
    void moveAndHover(double x, double y, int id) {
        if (nodes.get(id) == null) {
            if (id != -1) {
                skipped.count(SkipCounters.Reason.TARGET_MISSING);
            }
            return;
        }
        pointerX = x;
        pointerY = y;
        pointerTargetId = id;
        hoveredId = id;
        for (MirrorListener listener : listeners) {
            listener.pointerMoved(x, y, id);
        }
    }

    private void scroll(IncrementalData.Scroll scroll) {
        MirrorNode target = nodes.get(scroll.id());
        if (target == null) {
            if (scroll.id() != -1) {
                skipped.count(SkipCounters.Reason.TARGET_MISSING);
            }
            return;
        }
        if (target instanceof MirrorDocument doc) {
            doc.setScroll(scroll.x(), scroll.y());
        } else if (target instanceof MirrorElement element) {
            element.setScroll(scroll.x(), scroll.y());
        } else {
            return;
        }
        for (MirrorListener listener : listeners) {
            listener.scrollChanged(target, scroll.x(), scroll.y());
        }
    }

    private void select(IncrementalData.Selection selected) {
        List<SelectionState.Range> ranges = new ArrayList<>();
        for (IncrementalData.SelectionRange range : selected.ranges()) {
            ranges.add(new SelectionState.Range(range.start(), range.startOffset(), range.end(), range.endOffset()));
        }
        selection = new SelectionState(List.copyOf(ranges));
        for (MirrorListener listener : listeners) {
            listener.selectionChanged(selection);
        }
    }

    int nextSyntheticId() {
        return nextSyntheticId--;
    }

    MirrorCharacterData syntheticText(String text) {
        return new MirrorCharacterData(nextSyntheticId(), MirrorCharacterData.Kind.TEXT, text);
    }

    // ---- reading ----------------------------------------------------------------------------

    /** A deep, independent copy of the tree and the replay state; listeners are not copied. */
    public Mirror copy() {
        return MirrorCopier.copy(this);
    }

    public MirrorDocument document() {
        return document;
    }

    /** The node with this rrweb id, or null. */
    public MirrorNode node(int id) {
        return nodes.get(id);
    }

    /** The number of nodes registered by id. */
    public int size() {
        return nodes.size();
    }

    public void addListener(MirrorListener listener) {
        listeners.add(listener);
    }

    public void removeListener(MirrorListener listener) {
        listeners.remove(listener);
    }

    public int viewportWidth() { return viewportWidth; }

    public int viewportHeight() { return viewportHeight; }

    public double windowScrollX() { return document.scrollX(); }

    public double windowScrollY() { return document.scrollY(); }

    public double pointerX() { return pointerX; }

    public double pointerY() { return pointerY; }

    /** The id of the node under the pointer (rrweb's mouse target), or -1. */
    public int pointerTargetId() { return pointerTargetId; }

    /** The id of the hovered node, or -1 when none (or it is gone). */
    public int hoveredId() {
        return nodes.get(hoveredId) == null ? -1 : hoveredId;
    }

    /**
     * The elements rrweb gives the class {@code :hover}: the hovered node and its ancestors up to
     * the root of its tree (document or shadow root), innermost first.
     */
    public List<MirrorElement> hoveredElements() {
        List<MirrorElement> chain = new ArrayList<>();
        MirrorNode node = nodes.get(hoveredId);
        for (; node != null; node = node.parent()) {
            if (node instanceof MirrorElement element) {
                chain.add(element);
            } else {
                break;
            }
        }
        return chain;
    }

    public boolean touchActive() { return touchActive; }

    /** The element last focused by a recorded Focus interaction (and not blurred since), or -1. */
    public int focusedId() {
        return nodes.get(focusedId) == null ? -1 : focusedId;
    }

    /** The last selection, or null. */
    public SelectionState selection() { return selection; }

    public MediaState mediaState(int id) { return media.get(id); }

    public Map<Integer, MediaState> mediaStates() { return Collections.unmodifiableMap(media); }

    public CanvasImage canvasImage(int id) { return canvases.get(id); }

    public Map<Integer, CanvasImage> canvasImages() { return Collections.unmodifiableMap(canvases); }

    /** The constructed sheet with this styleId, or null. */
    public CssSheet constructedSheet(int styleId) { return constructedSheets.get(styleId); }

    /** The ids of the documents and shadow hosts that adopted sheets. */
    public Set<Integer> adoptedSheetHosts() { return Collections.unmodifiableSet(adoptedSheets.keySet()); }

    /** The adopted sheets of a document or shadow host, in order (missing ones left out). */
    public List<CssSheet> adoptedSheets(int hostId) {
        List<CssSheet> sheets = new ArrayList<>();
        for (int id : adoptedSheets.getOrDefault(hostId, List.of())) {
            CssSheet sheet = constructedSheets.get(id);
            if (sheet != null) {
                sheets.add(sheet);
            }
        }
        return sheets;
    }

    public Set<String> definedCustomElements() { return Collections.unmodifiableSet(definedCustomElements); }

    public List<String> fonts() { return Collections.unmodifiableList(fonts); }

    public SkipCounters skipped() { return skipped; }

    /** The events' time of the last applied event (ms since the epoch). */
    public long currentTime() { return currentTime; }
}
