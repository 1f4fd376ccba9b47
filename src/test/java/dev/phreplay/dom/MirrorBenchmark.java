package dev.phreplay.dom;

import static dev.phreplay.dom.Events.*;

import dev.phreplay.event.IncrementalData;
import dev.phreplay.event.RecordedEvent;
import dev.phreplay.event.SerializedNode;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A manual benchmark (not a test): a synthetic page of N elements, M mutation events, then copies
 * and a dump. Run: java -cp target/classes:target/test-classes:$(deps) dev.phreplay.dom.MirrorBenchmark [N] [M]
 */
public final class MirrorBenchmark {
    private MirrorBenchmark() {}

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Random random = new Random(42);
        List<SerializedNode> sections = new ArrayList<>();
        int id = 100;
        for (int s = 0; s < elements / 10; s++) {
            List<SerializedNode> items = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                items.add(new SerializedNode.Element(id++, "li", Map.of("class", "item item-" + i, "data-x", "v" + i),
                        List.of(text(id++, "item text " + i)), SerializedNode.ElementFlags.NONE, null, false));
            }
            sections.add(new SerializedNode.Element(id++, "ul", Map.of("class", "list"), items,
                    SerializedNode.ElementFlags.NONE, null, false));
        }
        int maxId = id;
        RecordedEvent.FullSnapshot snapshot = Events.page(sections.toArray(SerializedNode[]::new));
        for (int round = 0; round < 3; round++) {
            Mirror mirror = new Mirror();
            long start = System.nanoTime();
            mirror.apply(snapshot);
            long built = System.nanoTime();
            int nextId = maxId;
            for (int e = 0; e < events; e++) {
                int target = 100 + random.nextInt(maxId - 100);
                RecordedEvent event = switch (e % 4) {
                    case 0 -> attributes(target, set("class", "c" + e));
                    case 1 -> mutation(List.of(), List.of(), List.of(new IncrementalData.TextChange(target, "t" + e)), List.of());
                    case 2 -> adds(add(4, null, element(nextId++, "div", Map.of("id", "n" + e), text(nextId++, "x"))));
                    default -> removes(new IncrementalData.Removal(4, nextId - 2, false));
                };
                mirror.apply(event);
            }
            long applied = System.nanoTime();
            System.gc();
            long before = used();
            List<Mirror> copies = new ArrayList<>();
            long copyStart = System.nanoTime();
            for (int c = 0; c < 10; c++) {
                copies.add(mirror.copy());
            }
            long copied = System.nanoTime();
            System.gc();
            long after = used();
            long dumpStart = System.nanoTime();
            try (var g = DomDump.generator(OutputStream.nullOutputStream())) {
                DomDump.writeSnapshot(g, 0, mirror);
            }
            long dumped = System.nanoTime();
            System.out.printf("round %d: %d nodes; full snapshot %.0f ms; %d events %.0f ms (%.0f events/s); "
                            + "copy %.1f ms each, %.1f MB each; dump %.0f ms%n", round, mirror.size(),
                    (built - start) / 1e6, events, (applied - built) / 1e6, events / ((applied - built) / 1e9),
                    (copied - copyStart) / 1e6 / 10, (after - before) / 1e6 / 10, (dumped - dumpStart) / 1e6);
            copies.clear();
        }
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
