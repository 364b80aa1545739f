package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.findings.Edit;
import dev.confguard.source.SourceFile;
import dev.confguard.source.Utf8;
import java.util.List;
import java.util.Objects;

/**
 * What a loader reads from one single-line entry on its own, before and after an edit of that line:
 * how the quoting fixes check that re-quoting a value keeps what python-dotenv and node's dotenv read.
 */
final class LineReading {
    private static final Object NO_BINDING = new Object();

    private LineReading() {
    }

    /**
     * True when, each reading the entry's line on its own, {@code dialect} reads one binding from the
     * line after {@code edit} with the value that {@code reference} read from the line as it is.
     */
    static boolean readsAsBefore(DotenvDocument document, DotenvLine.Entry entry, Edit edit, Dialect dialect,
                                 Dialect reference) {
        Object after = value(lineAfter(document, entry, edit), dialect);
        return after != NO_BINDING && Objects.equals(after, value(line(document, entry), reference));
    }

    private static String line(DotenvDocument document, DotenvLine.Entry entry) {
        return document.text().substring(entry.span().start(), entry.lineEnding().start());
    }

    private static String lineAfter(DotenvDocument document, DotenvLine.Entry entry, Edit edit) {
        int at = entry.span().start();
        return Edit.apply(line(document, entry), List.of(new Edit(edit.start() - at, edit.end() - at,
                edit.replacement())));
    }

    /** The value of the line's only binding, or NO_BINDING when the dialect reads none or several. */
    private static Object value(String line, Dialect dialect) {
        DotenvDocument document = DotenvParser.parse(SourceFile.of(null, "line", Utf8.encode(line)));
        List<ReadEntry> entries = dialect.reader().read(document);
        return entries.size() == 1 ? entries.get(0).value() : NO_BINDING;
    }
}
