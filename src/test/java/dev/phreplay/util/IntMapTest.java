package dev.phreplay.util;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMapTest {
    @Test
    void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
        IntMap<Integer> map = new IntMap<>();
        Map<Integer, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            int key = random.nextInt(5_000) - 100;
            if (random.nextInt(3) == 0) {
                map.remove(key);
                expected.remove(key);
            } else {
                assertEquals(expected.put(key, step), map.put(key, step));
            }
            if (step % 1_000 == 0) {
                for (int probe = -100; probe < 4_900; probe++) {
                    assertEquals(expected.get(probe), map.get(probe), "key " + probe + " at step " + step);
                }
            }
        }
        assertEquals(expected.size(), map.size());
    }

    @Test
    void theReservedKeyIsIgnoredNotAFailure() {
        IntMap<String> map = new IntMap<>();
        assertNull(map.put(Integer.MIN_VALUE, "x"));
        assertNull(map.get(Integer.MIN_VALUE));
        assertEquals(0, map.size());
    }

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
