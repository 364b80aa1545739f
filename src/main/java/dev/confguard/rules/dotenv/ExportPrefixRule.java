package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvValue;
import dev.confguard.dotenv.QuoteStyle;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** {@code export KEY=value}: shells and python/node loaders accept it, dotenv-java skips the line. */
public final class ExportPrefixRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/export-prefix",
            "A line starts with 'export', which dotenv-java skips", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        for (DotenvLine.Entry entry : document.entries()) {
            if (entry.export() != null) {
                String name = document.key(entry);
                context.report(entry.export(), "'export' before " + name
                        + ": dotenv-java ignores the whole line, so Java services never see this key", name);
            }
        }
    }
}
