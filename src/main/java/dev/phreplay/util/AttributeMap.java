package dev.phreplay.util;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An element's attributes: a {@code String → String} map in insertion order, like a
 * {@link LinkedHashMap}, but held in one array while it is small, which is nearly always. A page
 * and its checkpoints hold hundreds of thousands of these; an array of two attributes takes about
 * 60 bytes where a linked hash map takes over 200. Past {@value #ARRAY_LIMIT} entries it switches to
 * a linked hash map, so hostile input with thousands of attributes stays linear. Null keys are not
 * allowed; null values are.
 */
public final class AttributeMap extends AbstractMap<String, String> {
    static final int ARRAY_LIMIT = 16;
    private static final String[] EMPTY = {};

    private String[] pairs = EMPTY;
    private int size;
    private LinkedHashMap<String, String> large;
    private boolean readOnly;
    private int modifications;

    public AttributeMap() {}

    /** A modifiable copy of {@code source}, in its order. */
    public static AttributeMap copyOf(Map<String, String> source) {
        AttributeMap copy = new AttributeMap();
        if (source instanceof AttributeMap map && map.large == null) {
            copy.pairs = Arrays.copyOf(map.pairs, map.size * 2);
            copy.size = map.size;
            return copy;
        }
        source.forEach(copy::put);
        return copy;
    }

    /** Makes this map read-only from now on and returns it. */
    public AttributeMap readOnly() {
        readOnly = true;
        return this;
    }

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public boolean containsKey(Object key) {
        return large != null ? large.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        if (large != null) {
            return large.get(key);
        }
        int index = indexOf(key);
        return index < 0 ? null : pairs[index + 1];
    }

    @Override
    public String put(String key, String value) {
        checkWritable();
        if (key == null) {
            throw new NullPointerException("an attribute name is never null");
        }
        if (large != null) {
            return large.put(key, value);
        }
        int index = indexOf(key);
        if (index >= 0) {
            String previous = pairs[index + 1];
            pairs[index + 1] = value;
            return previous;
        }
        if (size == ARRAY_LIMIT) {
            switchToLarge();
            return large.put(key, value);
        }
        if (size * 2 == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(4, pairs.length * 2));
        }
        pairs[size * 2] = key;
        pairs[size * 2 + 1] = value;
        size++;
        modifications++;
        return null;
    }

    @Override
    public String remove(Object key) {
        checkWritable();
        if (large != null) {
            return large.remove(key);
        }
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        String previous = pairs[index + 1];
        removeAt(index);
        return previous;
    }

    @Override
    public void clear() {
        checkWritable();
        large = null;
        pairs = EMPTY;
        size = 0;
        modifications++;
    }

    /** In order, without an entry object per attribute: the renderer walks every element's attributes on a seek. */
    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        if (large != null) {
            large.forEach(action);
            return;
        }
        int expected = modifications;
        for (int i = 0; i < size * 2; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
            if (modifications != expected) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        if (large != null) {
            return readOnly ? Collections.unmodifiableMap(large).entrySet() : large.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new ArrayIterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size * 2; i += 2) {
            if (pairs[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int index) {
        System.arraycopy(pairs, index + 2, pairs, index, size * 2 - index - 2);
        size--;
        pairs[size * 2] = null;
        pairs[size * 2 + 1] = null;
        modifications++;
    }

    private void switchToLarge() {
        large = new LinkedHashMap<>();
        for (int i = 0; i < size * 2; i += 2) {
            large.put(pairs[i], pairs[i + 1]);
        }
        pairs = EMPTY;
        size = 0;
    }

    private void checkWritable() {
        if (readOnly) {
            throw new UnsupportedOperationException("these attributes are read-only");
        }
    }

    private final class ArrayIterator implements Iterator<Entry<String, String>> {
        private int next;
        private int last = -1;
        private int expected = modifications;

        @Override
        public boolean hasNext() {
            return next < size * 2;
        }

        @Override
        public Entry<String, String> next() {
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = next;
            next += 2;
            return new SimpleImmutableEntry<>(pairs[last], pairs[last + 1]);
        }

        @Override
        public void remove() {
            checkWritable();
            if (last < 0) {
                throw new IllegalStateException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }
}
