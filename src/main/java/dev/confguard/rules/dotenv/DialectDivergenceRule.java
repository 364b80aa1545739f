package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.DialectReader;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An entry that python-dotenv, node's dotenv and dotenv-java read differently: the same file gives
 * services in different languages different settings. The message describes each reading without
 * printing the value, which may be a secret.
 */
public final class DialectDivergenceRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/dialect-divergence",
            "python-dotenv, node's dotenv and dotenv-java read a value differently", Severity.WARNING,
            Fixability.NONE);

    /** The loaders compared, in the order messages name them. */
    static final List<Dialect> LOADERS = List.of(Dialect.PYTHON_DOTENV, Dialect.NODE_DOTENV, Dialect.DOTENV_JAVA);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** It reads the file three more times, as each loader does: about half of all the rules' time. */
    @Override
    public boolean isCostly() {
        return true;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        if (!document.source().invalidByteOffsets().isEmpty()) {
            // python-dotenv and dotenv-java refuse the whole file; dotenv/invalid-encoding says so.
            return;
        }
        // Each loader's readings come in file order, and those that belong to a parser entry carry its
        // start offset (never decreasing), so one pass over the entries meets each entry's first reading
        // in every loader: no reading is held beyond the entry it belongs to.
        int loaders = LOADERS.size();
        DialectReader.Cursor[] cursors = new DialectReader.Cursor[loaders];
        ReadEntry[] current = new ReadEntry[loaders];
        for (int d = 0; d < loaders; d++) {
            cursors[d] = LOADERS.get(d).reader().cursor(document);
            current[d] = cursors[d].next();
        }
        ReadEntry[] atEntry = new ReadEntry[loaders];
        for (DotenvLine.Entry entry : document.entries()) {
            int start = entry.span().start();
            for (int d = 0; d < loaders; d++) {
                while (current[d] != null && current[d].startOffset() < start) {
                    current[d] = cursors[d].next();
                }
                atEntry[d] = current[d] != null && current[d].startOffset() == start ? current[d] : null;
            }
            if (DialectDivergence.same(atEntry[0], atEntry[1]) && DialectDivergence.same(atEntry[1], atEntry[2])) {
                continue; // every loader reads it alike: describe() would say nothing
            }
            Map<Dialect, ReadEntry> readings = new EnumMap<>(Dialect.class);
            for (int d = 0; d < loaders; d++) {
                if (atEntry[d] != null) {
                    readings.put(LOADERS.get(d), atEntry[d]);
                }
            }
            String message = DialectDivergence.describe(document, entry, readings);
            if (message != null) {
                TextRange range = entry.value().raw().isEmpty() ? entry.key() : entry.value().raw();
                context.report(range, message, KeyCharacters.shown(document, entry));
            }
        }
    }
}
