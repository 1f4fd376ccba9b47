package dev.phreplay.dom;

import static dev.phreplay.dom.Events.*;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Random, often nonsensical mutations (unknown ids, re-added ids, moves into descendants,
 * shadow and frame adds, text and attribute changes): the mirror never throws and its
 * invariants hold after every event, also for its copies.
 */
class MirrorRandomMutationTest {
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void invariantsHoldAfterEveryEvent(long seed) {
        Random random = new Random(seed);
        Mirror mirror = new Mirror();
        mirror.apply(Events.page(element(10, "div"), element(11, "iframe")));
        String[] tags = {"div", "span", "iframe", "style", "textarea", "select", "option", "p", "html"};
        for (int step = 0; step < 400; step++) {
            List<IncrementalData.Removal> removes = new ArrayList<>();
            List<IncrementalData.Addition> adds = new ArrayList<>();
            List<IncrementalData.TextChange> texts = new ArrayList<>();
            List<IncrementalData.AttributeChange> attributes = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int id = 1 + random.nextInt(60);
                int parent = 1 + random.nextInt(60);
                Integer next = random.nextInt(3) == 0 ? Integer.valueOf(1 + random.nextInt(60)) : null;
                switch (random.nextInt(6)) {
                    case 0 -> removes.add(new IncrementalData.Removal(parent, id, random.nextBoolean()));
                    case 1, 2 -> adds.add(new IncrementalData.Addition(parent, next,
                            random.nextInt(10) == 0 ? Integer.valueOf(-1) : null, randomNode(random, id, tags)));
                    case 3 -> texts.add(new IncrementalData.TextChange(id, random.nextBoolean() ? "a:hover{}" : null));
                    case 4 -> attributes.add(new IncrementalData.AttributeChange(id, set("class", random.nextBoolean() ? "x" : null,
                            "_cssText", "b{}")));
                    default -> adds.add(new IncrementalData.Addition(parent, null, null,
                            new SerializedNode.Document(id, List.of(element(id + 100, "html")), null, null)));
                }
            }
            Mirror before = mirror.copy();
            mirror.apply(Events.mutation(removes, adds, texts, attributes));
            try {
                MirrorInvariants.check(mirror);
            } catch (IllegalStateException e) {
                if (Boolean.getBoolean("mirror.random.debug")) {
                    System.out.println("BEFORE " + OracleCase.dump(before, 0).get("dom"));
                    System.out.println("EVENT removes=" + removes + " adds=" + adds + " texts=" + texts + " attrs=" + attributes);
                }
                throw e;
            }
            if (step % 50 == 0) {
                MirrorInvariants.check(mirror.copy());
                OracleCase.dump(mirror, step);
            }
        }
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.rangeClosed(1, Long.getLong("mirror.random.seeds", 8));
    }

    private static SerializedNode randomNode(Random random, int id, String[] tags) {
        return switch (random.nextInt(5)) {
            case 0 -> text(id, "t" + id);
            case 1 -> new SerializedNode.Doctype(id, "html", "", "", null, false);
            default -> new SerializedNode.Element(id, tags[random.nextInt(tags.length)],
                    random.nextBoolean() ? Map.of() : Map.of("selected", "", "value", "v"), List.of(),
                    new SerializedNode.ElementFlags(false, random.nextInt(4) == 0, false, false), null, random.nextInt(5) == 0);
        };
    }
}
