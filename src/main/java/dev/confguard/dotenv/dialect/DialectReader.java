package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a parsed file the way one real loader does, so rules can say what each loader makes of it.
 * Readers are stateless, linear in the size of the text and never throw on content.
 */
public interface DialectReader {

    /** Every binding the loader reads, in file order, duplicates included. */
    default List<ReadEntry> read(DotenvDocument document) {
        List<ReadEntry> entries = new ArrayList<>();
        Cursor cursor = cursor(document);
        for (ReadEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
            entries.add(entry);
        }
        return entries;
    }

    /**
     * The bindings of {@link #read}, one at a time and in the same order, for a caller that walks the
     * file once and need not hold them all (a million-line file has a million).
     */
    Cursor cursor(DotenvDocument document);

    /** Hands out a reader's bindings in file order. */
    interface Cursor {
        /** The next binding, or null after the last. */
        ReadEntry next();
    }

    /**
     * The loader's final map as a list, in the loader's own order: by default the last value of a
     * key wins and the key keeps the position of its first occurrence (a Python dict).
     */
    default List<ReadEntry> finalBindings(List<ReadEntry> entries) {
        Map<String, ReadEntry> byKey = new LinkedHashMap<>();
        for (ReadEntry entry : entries) {
            byKey.put(entry.key(), entry);
        }
        return new ArrayList<>(byKey.values());
    }
}
