package dev.confguard.findings;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's details as an unmodifiable map in the rule's order, held in one array of keys and
 * values: a run over a large repository keeps hundreds of thousands of findings, and an ordered hash
 * map costs ~200 bytes for two or three entries. Lookups walk the array; details are a handful.
 */
final class Details extends AbstractMap<String, String> {
    /** key, value, key, value, ... */
    private final String[] pairs;

    private Details(String[] pairs) {
        this.pairs = pairs;
    }

    /** The same entries in the same order; an empty map for none. Keys are unique, as in any map given. */
    static Map<String, String> copyOf(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return Map.of();
        }
        if (details instanceof Details) {
            return details;
        }
        String[] pairs = new String[2 * details.size()];
        int i = 0;
        for (Map.Entry<String, String> e : details.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return new Details(pairs);
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return pairs.length / 2;
            }
        };
    }
}
