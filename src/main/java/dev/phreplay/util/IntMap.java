package dev.phreplay.util;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * An int-keyed hash map with open addressing: no boxed keys and no entry objects. Node ids are
 * looked up for every change of a long recording, and a table may hold every node of a large page.
 * {@link Integer#MIN_VALUE}, never an rrweb id, marks a free slot and is ignored as a key.
 */
public final class IntMap<V> {
    private static final int FREE = Integer.MIN_VALUE;
    private static final int MIN_CAPACITY = 16;

    private int[] keys;
    private Object[] values;
    private int size;

    public IntMap() {
        allocate(MIN_CAPACITY);
    }

    public int size() {
        return size;
    }

    public void clear() {
        allocate(MIN_CAPACITY);
    }

    public V get(int key) {
        if (key == FREE) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return cast(values[slot]);
            }
            if (keys[slot] == FREE) {
                return null;
            }
        }
    }

    /** Puts {@code value} and returns the previous one. */
    public V put(int key, V value) {
        if (key == FREE) {
            return null;
        }
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                V previous = cast(values[slot]);
                values[slot] = value;
                return previous;
            }
            if (keys[slot] == FREE) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return null;
            }
        }
    }

    /** Removes the key, shifting later entries of its run back so lookups need no tombstones. */
    public void remove(int key) {
        if (key == FREE) {
            return;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != key) {
            if (keys[slot] == FREE) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        size--;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            int home = mix(keys[next]) & mask;
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }
        keys[hole] = FREE;
        values[hole] = null;
    }

    /** Visits every key; the action may change the map. */
    public void forEachKey(IntConsumer action) {
        for (int key : keys.clone()) {
            if (key != FREE) {
                action.accept(key);
            }
        }
    }

    /** Keeps only the keys {@code keep} accepts, shrinking the table to fit them. */
    public void retain(IntPredicate keep) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        int count = 0;
        boolean[] kept = new boolean[oldKeys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE && keep.test(oldKeys[i])) {
                kept[i] = true;
                count++;
            }
        }
        allocate(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, count)) * 4));
        for (int i = 0; i < oldKeys.length; i++) {
            if (kept[i]) {
                put(oldKeys[i], cast(oldValues[i]));
            }
        }
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, FREE);
        values = new Object[capacity];
        size = 0;
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
