package dev.phreplay.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AttributeMapTest {
    @Test
    void behavesLikeALinkedHashMapUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            AttributeMap map = new AttributeMap();
            Map<String, String> expected = new LinkedHashMap<>();
            int keys = round % 3 == 0 ? 40 : 8; // some rounds pass the array limit
            for (int step = 0; step < 200; step++) {
                String key = "k" + random.nextInt(keys);
                String value = random.nextInt(10) == 0 ? null : "v" + random.nextInt(100);
                switch (random.nextInt(5)) {
                    case 0, 1 -> assertEquals(expected.put(key, value), map.put(key, value));
                    case 2 -> assertEquals(expected.remove(key), map.remove(key));
                    case 3 -> removeWithIterator(map, expected, key);
                    default -> assertEquals(expected.containsKey(key), map.containsKey(key));
                }
                assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(map.entrySet()), "round " + round + " step " + step);
                assertEquals(new ArrayList<>(expected.entrySet()), visited(map), "forEach, round " + round + " step " + step);
                assertEquals(expected.get(key), map.get(key));
                assertEquals(expected.size(), map.size());
                assertEquals(expected, map);
                assertEquals(expected.hashCode(), map.hashCode());
            }
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(AttributeMap.copyOf(map).entrySet()));
        }
    }

    private static List<Map.Entry<String, String>> visited(Map<String, String> map) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        map.forEach((name, value) -> entries.add(new AbstractMap.SimpleEntry<>(name, value)));
        return entries;
    }

    @Test
    void forEachRefusesAChangeMadeWhileItWalks() {
        AttributeMap map = new AttributeMap();
        map.put("a", "1");
        map.put("b", "2");
        assertThrows(ConcurrentModificationException.class, () -> map.forEach((name, value) -> map.remove("b")));
    }

    private static void removeWithIterator(AttributeMap map, Map<String, String> expected, String key) {
        for (Iterator<Map.Entry<String, String>> it = map.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getKey().equals(key)) {
                it.remove();
            }
        }
        expected.remove(key);
    }

    @Test
    void keepsInsertionOrderWhenAValueIsReplaced() {
        AttributeMap map = new AttributeMap();
        map.put("class", "a");
        map.put("id", "x");
        map.put("class", "b");
        assertEquals(List.of("class", "id"), new ArrayList<>(map.keySet()));
        assertEquals("b", map.get("class"));
    }

    @Test
    void aReadOnlyMapRefusesWritesAndItsCopyAcceptsThem() {
        AttributeMap map = new AttributeMap();
        map.put("id", "x");
        map.readOnly();
        assertThrows(UnsupportedOperationException.class, () -> map.put("id", "y"));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("id"));
        AttributeMap copy = AttributeMap.copyOf(map);
        copy.put("id", "y");
        assertEquals("x", map.get("id"));
        assertEquals("y", copy.get("id"));
    }

    @Test
    void tenThousandAttributesKeepTheirOrderPastTheArrayLimit() {
        AttributeMap map = new AttributeMap();
        for (int i = 0; i < 10_000; i++) {
            map.put("a" + i, "v");
        }
        for (int i = 0; i < 10_000; i += 2) {
            map.remove("a" + i);
        }
        assertEquals(5_000, map.size());
        assertEquals("a1", map.keySet().iterator().next());
    }
}
