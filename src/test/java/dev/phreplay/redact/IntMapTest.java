package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMapTest {
    @Test
    void behavesLikeAHashMapThroughGrowthAndRetain() {
        IntMap<String> map = new IntMap<>();
        Map<Integer, String> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            int key = random.nextBoolean() ? random.nextInt(10_000) : random.nextInt();
            if (key == Integer.MIN_VALUE) {
                continue;
            }
            map.put(key, "v" + i);
            expected.put(key, "v" + i);
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        map.retain(k -> k % 3 == 0);
        expected.keySet().removeIf(k -> k % 3 != 0);
        assertEquals(expected.size(), map.size());
        expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        assertNull(map.get(1));
        map.clear();
        assertEquals(0, map.size());
        assertNull(map.get(3));
    }
}
