package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;
import java.util.EnumMap;
import java.util.HashMap;
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

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        if (!document.source().invalidByteOffsets().isEmpty()) {
            // python-dotenv and dotenv-java refuse the whole file; dotenv/invalid-encoding says so.
            return;
        }
        Map<Dialect, Map<Integer, ReadEntry>> readings = new EnumMap<>(Dialect.class);
        for (Dialect dialect : LOADERS) {
            Map<Integer, ReadEntry> byStart = new HashMap<>();
            for (ReadEntry entry : dialect.reader().read(document)) {
                if (entry.startOffset() >= 0) {
                    byStart.putIfAbsent(entry.startOffset(), entry);
                }
            }
            readings.put(dialect, byStart);
        }
        for (DotenvLine.Entry entry : document.entries()) {
            Map<Dialect, ReadEntry> atEntry = new EnumMap<>(Dialect.class);
            for (Dialect dialect : LOADERS) {
                ReadEntry reading = readings.get(dialect).get(entry.span().start());
                if (reading != null) {
                    atEntry.put(dialect, reading);
                }
            }
            String message = DialectDivergence.describe(document, entry, atEntry);
            if (message != null) {
                TextRange range = entry.value().raw().isEmpty() ? entry.key() : entry.value().raw();
                context.report(range, message, KeyCharacters.shown(document, entry));
            }
        }
    }
}
