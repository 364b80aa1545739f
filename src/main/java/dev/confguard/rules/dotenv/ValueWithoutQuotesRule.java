package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvValue;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** An unquoted value with inner whitespace: shells split it, and readers cannot tell where it ends. */
public final class ValueWithoutQuotesRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/value-without-quotes",
            "An unquoted value contains whitespace", Severity.WARNING, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (value.isQuoted()) {
                continue;
            }
            TextRange raw = value.raw();
            for (int i = raw.start(); i < raw.end(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(raw, "the value of " + name + " contains whitespace; wrap it in double quotes",
                            name, context.fixesWanted() ? quoting(document, entry) : null);
                    break;
                }
            }
        }
    }

    /**
     * Double quotes around the value, offered when python-dotenv and node's dotenv read the quoted value
     * as they read it bare: never with a '"' or a backslash in it (an escaped closing quote sends the
     * loaders looking for one on later lines), and not when node cuts the bare value at a '#'. Unsafe
     * all the same: a shell's {@code source} or {@code docker --env-file} reads quotes differently.
     */
    private static Fix quoting(DotenvDocument document, DotenvLine.Entry entry) {
        TextRange raw = entry.value().raw();
        String value = document.slice(raw);
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            return null;
        }
        Edit edit = new Edit(raw.start(), raw.end(), '"' + value + '"');
        boolean same = LineReading.readsAsBefore(document, entry, edit, Dialect.PYTHON_DOTENV, Dialect.PYTHON_DOTENV)
                && LineReading.readsAsBefore(document, entry, edit, Dialect.NODE_DOTENV, Dialect.NODE_DOTENV);
        return same ? Fix.unsafe("wrap the value in double quotes", edit) : null;
    }
}
