package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import java.util.Arrays;

/** Where the parser's entries start, so a reading can name the entry it belongs to (or -1). */
final class StatementStarts {
    private final int[] starts;

    private StatementStarts(int[] starts) {
        this.starts = starts;
    }

    static StatementStarts of(DotenvDocument document) {
        int[] starts = new int[document.lines().size()];
        int count = 0;
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Entry) {
                starts[count++] = line.span().start();
            }
        }
        return new StatementStarts(Arrays.copyOf(starts, count));
    }

    /**
     * The entry start for a reading whose statement begins on the physical line starting at
     * {@code lineStart}: the line start itself (just after the BOM on the first line), or -1 when no
     * parser entry starts there.
     */
    int entryAt(int lineStart, DotenvDocument document) {
        int start = lineStart == 0 && document.bom() != null ? document.bom().end() : lineStart;
        return Arrays.binarySearch(starts, start) >= 0 ? start : -1;
    }
}
