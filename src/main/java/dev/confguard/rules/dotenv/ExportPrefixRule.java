package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;

/**
 * {@code export KEY=value}: shells and python/node loaders accept it; dotenv-java does not match the
 * line, so {@code Dotenv.load()} throws and {@code ignoreIfMalformed()} silently drops the key.
 */
public final class ExportPrefixRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/export-prefix",
            "A line starts with 'export', which dotenv-java rejects", Severity.WARNING, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        for (DotenvLine.Entry entry : document.entries()) {
            if (entry.export() != null) {
                String name = KeyCharacters.shown(document, entry);
                context.report(entry.export(), "'export' before " + (name.isEmpty() ? "the key" : name)
                        + ": dotenv-java rejects the line (Dotenv.load() throws; with ignoreIfMalformed() "
                        + "Java services never see this key)", name, withoutExport(document, entry));
            }
        }
    }

    /**
     * Unsafe: dotenv-java starts reading the key, and a shell that sources the file no longer exports it
     * to the programs it starts. None when what follows {@code export} starts with '#': without the
     * keyword the line would become a comment.
     */
    private static Fix withoutExport(DotenvDocument document, DotenvLine.Entry entry) {
        if (document.text().charAt(entry.key().start()) == '#') {
            return null;
        }
        return Fix.unsafe("drop 'export'", Edit.delete(entry.export().start(), entry.key().start()));
    }
}
