package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ops a rebuild sends: the whole tree the first time, then only what differs from the page. */
class ReconcilerOpsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names of the ops drained, in order, without the event tags. */
    private static List<String> names(MirrorRenderer renderer) throws Exception {
        List<String> names = new ArrayList<>();
        String ops = renderer.drain().ops();
        if (ops != null) {
            for (JsonNode op : JSON.readTree(ops)) {
                if (!op.get(0).asText().equals("ev")) {
                    names.add(op.get(0).asText() + (op.size() > 1 && op.get(1).isNumber() ? " " + op.get(1).asInt() : ""));
                }
            }
        }
        return names;
    }

    @Test
    void theFirstRebuildDrawsTheWholePage() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        assertEquals(List.of("reset"), names(renderer));
    }

    @Test
    void aRebuildToTheSamePageChangesNothingInTheTree() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.drain();
        renderer.documentRebuilt(PageVersions.at(false));
        // only the selection and, with no pointer set again, the hover chain are cleared
        assertEquals(List.of("select", "hover -1"), names(renderer));
    }

    @Test
    void aRebuildThatSetsThePointerAgainMovesTheHoverChainOnlyWhereItChanged() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.pointerMoved(5, 5, 30);
        renderer.drain();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.pointerMoved(6, 6, 30);
        // no clearing first: renderer.js takes :hover only off the elements that left the chain
        assertEquals(List.of("select", "hover 30"), names(renderer));
    }

    @Test
    void aRebuildRemovesFirstThenUpdatesMovesAndInserts() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.drain();
        renderer.documentRebuilt(PageVersions.at(true));
        List<String> ops = names(renderer);
        // item 12 and the div holding span 41 are gone; the input lost its typed value, so it is drawn afresh
        assertEquals(List.of("select"), ops.subList(0, 1), ops.toString());
        assertEquals(java.util.Set.of("rm 12", "rm 20", "rm 40"), java.util.Set.copyOf(ops.subList(1, 4)), ops.toString());
        assertTrue(ops.subList(4, ops.size()).stream().noneMatch(op -> op.startsWith("rm")), "removals come first: " + ops);
        assertTrue(ops.containsAll(List.of("text 11", "attr 30", "ins 9", "mv 9", "ins 5")), ops.toString());
        assertEquals(0, ops.stream().filter(op -> op.startsWith("reset")).count(), ops.toString());
    }

    /** A list whose last item moved to the front, at two moments with the same ids. */
    private static MirrorDocument list(boolean lastFirst) {
        MirrorDocument document = new MirrorDocument(1, null);
        MirrorElement list = PageVersions.element(9, "ul");
        int[] order = lastFirst ? new int[] {60, 10, 20, 30, 40, 50} : new int[] {10, 20, 30, 40, 50, 60};
        for (int id : order) {
            list.appendChild(PageVersions.item(id, "item " + id));
        }
        document.appendChild(PageVersions.element(3, "html", PageVersions.element(4, "head"),
                PageVersions.element(5, "body", list)));
        return document;
    }

    @Test
    void theChildOutOfPlaceIsTheOneMovedNotTheListBehindIt() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(list(false));
        renderer.drain();
        renderer.documentRebuilt(list(true));
        List<String> moves = names(renderer).stream().filter(op -> op.startsWith("mv")).toList();
        assertEquals(List.of("mv 9"), moves, "one move: the last item to the front");
    }

    @Test
    void theLongestRunAlreadyInOrderStays() {
        assertArrayEquals(new boolean[] {false, true, true, false, true},
                Reconciler.longestInOrder(new int[] {4, 0, 1, -1, 2}));
        assertArrayEquals(new boolean[] {true, true, true}, Reconciler.longestInOrder(new int[] {0, 1, 2}));
        assertArrayEquals(new boolean[] {false, false}, Reconciler.longestInOrder(new int[] {-1, -1}));
    }

    @Test
    void playedChangesAreFollowedSoASeekBackUndoesExactlyThem() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        MirrorDocument page = PageVersions.at(false);
        renderer.documentRebuilt(page);
        MirrorElement list = (MirrorElement) find(page, 9);
        MirrorNode first = list.children().getFirst();
        list.removeChild(first);
        renderer.nodeRemoved(list, first);
        renderer.attributeChanged((MirrorElement) find(page, 30), "class", "played");
        renderer.drain();

        renderer.documentRebuilt(PageVersions.at(false));
        assertEquals(List.of("select", "ins 9", "attr 30", "hover -1"), names(renderer));
    }

    @Test
    void aRebuildBeforeTheFirstPageWasDrainedDrawsTheWholePageAgain() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.documentRebuilt(PageVersions.at(true));
        assertEquals(List.of("reset"), names(renderer));
    }

    @Test
    void afterAnOpFailedInThePageTheNextRebuildDrawsItWhole() throws Exception {
        MirrorRenderer renderer = new MirrorRenderer();
        renderer.documentRebuilt(PageVersions.at(false));
        renderer.drain();
        renderer.pageDiverged();
        renderer.documentRebuilt(PageVersions.at(true));
        assertEquals(List.of("reset"), names(renderer));
    }

    private static MirrorNode find(MirrorNode node, int id) {
        if (node.id() == id) {
            return node;
        }
        for (MirrorNode child : node.children()) {
            MirrorNode found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
