package dev.phreplay.redact;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An int-keyed hash map with open addressing: no boxed keys and no entry objects, which matters for
 * a table holding every node of a large page.
 */
final class IntMap<V> {
    private static final int FREE = Integer.MIN_VALUE;

    private int[] keys;
    private Object[] values;
    private int size;

    IntMap() {
        allocate(1024);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, FREE);
        values = new Object[capacity];
        size = 0;
    }

    int size() {
        return size;
    }

    void clear() {
        allocate(1024);
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        if (key == FREE) {
            return null;
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == FREE) {
                return null;
            }
        }
    }

    void put(int key, V value) {
        if (key == FREE) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == FREE) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** Visits every key. */
    void forEachKey(java.util.function.IntConsumer action) {
        for (int k : keys.clone()) {
            if (k != FREE) {
                action.accept(k);
            }
        }
    }

    /** Keeps only the keys {@code keep} accepts, shrinking the table to fit them. */
    void retain(IntPredicate keep) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        boolean[] kept = new boolean[oldKeys.length];
        int count = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE && keep.test(oldKeys[i])) {
                kept[i] = true;
                count++;
            }
        }
        allocate(Math.max(1024, Integer.highestOneBit(Math.max(1, count)) * 4));
        for (int i = 0; i < oldKeys.length; i++) {
            if (kept[i]) {
                put(oldKeys[i], cast(oldValues[i]));
            }
        }
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], cast(oldValues[i]));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V cast(Object value) {
        return (V) value;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
