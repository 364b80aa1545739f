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

/** A UTF-8 byte-order mark: python-dotenv and dotenv-java read it as part of the first key. */
public final class ByteOrderMarkRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/bom",
            "The file starts with a UTF-8 byte-order mark", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        if (document.bom() != null) {
            context.report(document.bom(), "byte-order mark at the start of the file");
        }
    }
}
