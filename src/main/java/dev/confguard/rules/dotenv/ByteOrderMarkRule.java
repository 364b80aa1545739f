package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;

/** A UTF-8 byte-order mark: python-dotenv and dotenv-java read it as part of the first key. */
public final class ByteOrderMarkRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/bom",
            "The file starts with a UTF-8 byte-order mark", Severity.WARNING, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        if (document.bom() != null) {
            // Unsafe: python-dotenv reads the mark as part of the first key, dotenv-java drops the first
            // line, so deleting it changes which keys both see (for the better, but a change).
            context.report(document.bom(), "byte-order mark at the start of the file", null,
                    Fix.unsafe("delete the byte-order mark", Edit.delete(document.bom().start(), document.bom().end())));
        }
    }
}
