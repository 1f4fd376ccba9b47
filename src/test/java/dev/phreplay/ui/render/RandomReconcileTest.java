package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDoctype;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.testing.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random pages and random edits of them (nodes removed, added, replaced by look-alikes under new
 * ids, moved to other parents, reordered, retagged under the same id, attributes and texts
 * changed): a page reconciled from one to the other must equal the other drawn whole, in both
 * directions.
 */
class RandomReconcileTest {
    private static final String[] TAGS = {"div", "span", "p", "ul", "li", "section", "b"};
    private static PageView reconciled;
    private static PageView whole;

    @BeforeAll
    static void pages() {
        reconciled = Pages.ready();
        whole = Pages.ready();
    }

    /** A page as plain data, so two moments can be built as separate mirrors. */
    private static final class Spec {
        final int id;
        String tag;
        String text;
        String cls;
        final List<Spec> children = new ArrayList<>();

        Spec(int id, String tag, String text) {
            this.id = id;
            this.tag = tag;
            this.text = text;
        }

        Spec copy() {
            Spec copy = new Spec(id, tag, text);
            copy.cls = cls;
            children.forEach(child -> copy.children.add(child.copy()));
            return copy;
        }

        /** The same shape under new ids, as a recording gives a node that replaces another like it. */
        Spec lookAlike(RandomReconcileTest ids, Random random) {
            Spec copy = new Spec(ids.nextId++, tag, text == null ? null : "t" + random.nextInt(100));
            copy.cls = random.nextBoolean() ? cls : "c" + random.nextInt(3);
            children.forEach(child -> copy.children.add(child.lookAlike(ids, random)));
            return copy;
        }

        MirrorNode build() {
            if (tag == null) {
                return new MirrorCharacterData(id, MirrorCharacterData.Kind.TEXT, text);
            }
            MirrorElement element = new MirrorElement(id, tag, null);
            if (cls != null) {
                element.setAttribute("class", cls);
            }
            children.forEach(child -> element.appendChild(child.build()));
            return element;
        }
    }

    private int nextId;

    private Spec randomTree(Random random, int depth) {
        Spec element = new Spec(nextId++, TAGS[random.nextInt(TAGS.length)], null);
        element.cls = random.nextBoolean() ? "c" + random.nextInt(3) : null;
        int children = depth > 3 ? 0 : random.nextInt(5);
        for (int i = 0; i < children; i++) {
            element.children.add(random.nextInt(3) == 0 ? new Spec(nextId++, null, "t" + random.nextInt(100))
                    : randomTree(random, depth + 1));
        }
        return element;
    }

    private static void collect(Spec spec, List<Spec> out) {
        out.add(spec);
        spec.children.forEach(child -> collect(child, out));
    }

    private static boolean contains(Spec tree, Spec node) {
        return tree == node || tree.children.stream().anyMatch(child -> contains(child, node));
    }

    private void edit(Random random, Spec body) {
        for (int edits = 1 + random.nextInt(8); edits > 0; edits--) {
            List<Spec> all = new ArrayList<>();
            collect(body, all);
            Spec node = all.get(random.nextInt(all.size()));
            Spec parent = all.stream().filter(p -> p.children.contains(node)).findFirst().orElse(null);
            switch (random.nextInt(8)) {
                case 0 -> { if (parent != null) parent.children.remove(node); }
                case 6 -> { if (parent != null) parent.children.set(parent.children.indexOf(node), node.lookAlike(this, random)); }
                case 1 -> { if (node.tag != null) node.children.add(random.nextInt(node.children.size() + 1), randomTree(random, 3)); }
                case 2 -> {
                    Spec target = all.get(random.nextInt(all.size()));
                    if (parent != null && target.tag != null && !contains(node, target)) {
                        parent.children.remove(node);
                        target.children.add(random.nextInt(target.children.size() + 1), node);
                    }
                }
                case 3 -> { if (node.tag != null) java.util.Collections.shuffle(node.children, random); }
                case 4 -> { if (node.tag != null && node != body) node.tag = TAGS[random.nextInt(TAGS.length)]; }
                case 5 -> { if (node.tag == null) node.text = "t" + random.nextInt(100); else node.cls = "c" + random.nextInt(3); }
                default -> { if (node.tag != null) node.cls = null; }
            }
        }
    }

    private static MirrorDocument page(Spec body) {
        MirrorDocument document = new MirrorDocument(1, null);
        document.appendChild(new MirrorDoctype(2, "html", "", ""));
        MirrorElement html = new MirrorElement(3, "html", null);
        html.appendChild(new MirrorElement(4, "head", null));
        html.appendChild(body.build());
        document.appendChild(html);
        return document;
    }

    @Test
    void reconcilingEitherWayGivesThePageDrawnWhole() throws Exception {
        Random random = new Random(20261129);
        for (int round = 0; round < 200; round++) {
            nextId = 10;
            Spec before = randomTree(random, 0);
            before.tag = "body";
            Spec after = before.copy();
            edit(random, after);
            Pages.draw(reconciled, page(before));
            for (Spec target : List.of(after, before)) {
                Pages.draw(reconciled, page(target));
                Pages.drawWhole(whole, page(target));
                assertEquals(Pages.dump(whole), Pages.dump(reconciled), "round " + round);
            }
        }
    }

}
