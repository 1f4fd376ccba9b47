package dev.phreplay.inspect;

import java.util.Arrays;

/**
 * An int → object hash map with open addressing: node ids are looked up for every change of a
 * long recording, and boxing them into a HashMap was the inspectors' main cost.
 */
final class IntMap<V> {
    private static final int FREE = Integer.MIN_VALUE;

    private int[] keys;
    private Object[] values;
    private int size;

    IntMap() {
        keys = new int[16];
        Arrays.fill(keys, FREE);
        values = new Object[16];
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
            if (keys[slot] == FREE) {
                return null;
            }
        }
    }

    /** Puts {@code value} and returns the previous one; {@link Integer#MIN_VALUE}, no rrweb id, is ignored. */
    @SuppressWarnings("unchecked")
    V put(int key, V value) {
        if (key == FREE) {
            return null;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                V previous = (V) values[slot];
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
    void remove(int key) {
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

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                put(oldKeys[i], value);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
