package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every modelled loader ends up with for one document: per dialect, the final key to value map
 * (null values are python-dotenv's keys without {@code =}). A safe fix is one after which the
 * document's readings are equal to the readings before it.
 */
public final class Readings {
    private final Map<Dialect, Map<String, String>> byDialect;

    private Readings(Map<Dialect, Map<String, String>> byDialect) {
        this.byDialect = byDialect;
    }

    public static Readings of(DotenvDocument document) {
        Map<Dialect, Map<String, String>> byDialect = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            DialectReader reader = dialect.reader();
            Map<String, String> values = new LinkedHashMap<>();
            for (ReadEntry entry : reader.finalBindings(reader.read(document))) {
                values.put(entry.key(), entry.value());
            }
            byDialect.put(dialect, Collections.unmodifiableMap(values));
        }
        return new Readings(byDialect);
    }

    /** The final key to value map one dialect reads; keys in the loader's own order. */
    public Map<String, String> of(Dialect dialect) {
        return byDialect.get(dialect);
    }

    /**
     * How {@code other} reads differently, naming the first dialect that does, for messages; null when
     * every dialect reads both the same. Neither keys nor values are shown: either may hold a secret.
     */
    public String firstDifference(Readings other) {
        for (Dialect dialect : Dialect.values()) {
            Map<String, String> mine = byDialect.get(dialect);
            Map<String, String> theirs = other.byDialect.get(dialect);
            if (mine.equals(theirs)) {
                continue;
            }
            return mine.keySet().equals(theirs.keySet()) ? dialect.id() + " would read a different value"
                    : dialect.id() + " would read a different set of keys";
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Readings && ((Readings) o).byDialect.equals(byDialect);
    }

    @Override
    public int hashCode() {
        return byDialect.hashCode();
    }
}
