package dev.confguard.resolve;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The values of one resolved configuration, in order, as an unmodifiable map held in parallel arrays:
 * a run over a large repository keeps millions of them, and a map of records costs ~100 bytes per value
 * before its strings; this costs ~24. Each {@link ResolvedValue} is made when it is asked for. The origin
 * chain is kept as the one origin most values have, or an array when a value was overridden.
 */
final class ResolvedValues extends AbstractMap<String, ResolvedValue> {
    private static final ResolvedValues EMPTY = new ResolvedValues(0);

    private final String[] keys;
    private final String[] values;
    private final String[] raws;
    /** A {@link ValueOrigin}, or a {@code ValueOrigin[]} lowest precedence first. */
    private final Object[] chains;
    /** Open addressing over {@link #keys}: index + 1, 0 for an empty slot; length a power of two. */
    private final int[] slots;
    private int size;
    private Set<Entry<String, ResolvedValue>> entrySet;

    private ResolvedValues(int capacity) {
        keys = new String[capacity];
        values = new String[capacity];
        raws = new String[capacity];
        chains = new Object[capacity];
        slots = new int[tableSize(capacity)];
    }

    /** The same entries, in the same order, held compactly (the map itself when it is one already). */
    static Map<String, ResolvedValue> copyOf(Map<String, ResolvedValue> map) {
        if (map instanceof ResolvedValues) {
            return map;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        ResolvedValues out = new ResolvedValues(map.size());
        for (Map.Entry<String, ResolvedValue> e : map.entrySet()) {
            ResolvedValue v = e.getValue();
            if (!e.getKey().equals(v.key())) {
                throw new IllegalArgumentException("value of " + v.key() + " filed under " + e.getKey());
            }
            out.add(v.key(), v.value(), v.rawValue(), v.chain());
        }
        return out;
    }

    /** A map of {@code capacity} values to fill with {@link #add}, in order, each key once. */
    static ResolvedValues withCapacity(int capacity) {
        return new ResolvedValues(capacity);
    }

    void add(String key, String value, String raw, List<ValueOrigin> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a value without an origin: " + key);
        }
        int slot = slotOf(key);
        if (slots[slot] != 0) {
            throw new IllegalArgumentException("key set twice: " + key);
        }
        keys[size] = key;
        values[size] = value;
        raws[size] = raw;
        chains[size] = chain.size() == 1 ? chain.get(0) : chain.toArray(new ValueOrigin[0]);
        slots[slot] = ++size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String && slots[slotOf((String) key)] != 0;
    }

    @Override
    public ResolvedValue get(Object key) {
        if (!(key instanceof String)) {
            return null;
        }
        int index = slots[slotOf((String) key)] - 1;
        return index < 0 ? null : valueAt(index);
    }

    @Override
    public Set<Entry<String, ResolvedValue>> entrySet() {
        Set<Entry<String, ResolvedValue>> set = entrySet;
        if (set == null) {
            set = new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, ResolvedValue>> iterator() {
                    return inOrder(i -> new SimpleImmutableEntry<>(keys[i], valueAt(i)));
                }

                @Override
                public int size() {
                    return size;
                }
            };
            entrySet = set;
        }
        return set;
    }

    /** The keys in order, without making a value for each (rules walk them to pick what to look at). */
    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return inOrder(i -> keys[i]);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }
        };
    }

    /** The values in order, without an entry object for each. */
    @Override
    public Collection<ResolvedValue> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<ResolvedValue> iterator() {
                return inOrder(ResolvedValues.this::valueAt);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** What {@code at} makes of each index, in order. */
    private <T> Iterator<T> inOrder(IntFunction<T> at) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return at.apply(next++);
            }
        };
    }

    private ResolvedValue valueAt(int i) {
        Object chain = chains[i];
        List<ValueOrigin> origins = chain instanceof ValueOrigin ? List.of((ValueOrigin) chain)
                : List.of((ValueOrigin[]) chain);
        return new ResolvedValue(keys[i], values[i], raws[i], origins);
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(String key) {
        int mask = slots.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0 && !keys[slots[slot] - 1].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** A power of two at least twice the capacity (and at least 2), so probes stay short. */
    private static int tableSize(int capacity) {
        int size = 2;
        while (size < capacity * 2) {
            size <<= 1;
        }
        return size;
    }

    /** The keys only: values may be secrets. */
    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(keys, size));
    }
}
