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
    List<ReadEntry> read(DotenvDocument document);

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
