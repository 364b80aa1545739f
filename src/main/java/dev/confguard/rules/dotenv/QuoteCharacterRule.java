package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvValue;
import dev.confguard.dotenv.QuoteStyle;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/**
 * Quotes around a value that needs none. dotenv-linter flags every quote; we flag only quotes that
 * change nothing for python-dotenv and node's dotenv, so it never contradicts value-without-quotes.
 * Backticks are the exception worth knowing: python-dotenv and dotenv-java keep them in the value, so
 * dropping them is what makes the loaders agree.
 */
public final class QuoteCharacterRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/quote-character",
            "A value is quoted although it needs no quotes", Severity.WARNING, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (!value.isQuoted() || !value.terminated() || value.content().isEmpty()) {
                continue;
            }
            if (needsNoQuotes(text, value.content())) {
                String name = KeyCharacters.shown(document, entry);
                String how = value.quote() == QuoteStyle.SINGLE
                        ? "; note dotenv-java keeps single quotes as part of the value"
                        : value.quote() == QuoteStyle.BACKTICK
                        ? "; note python-dotenv and dotenv-java keep backticks as part of the value" : "";
                context.report(value.raw(), "the value of " + name + " needs no quotes" + how, name,
                        context.fixesWanted() ? unquoting(document, entry) : null);
            }
        }
    }

    /**
     * The value without its quotes, offered when python-dotenv and node's dotenv then both read what node
     * read before. Unsafe: dotenv-java keeps single quotes and python-dotenv and dotenv-java keep
     * backticks, so their reading changes (towards node's), and {@code docker --env-file} keeps any quotes.
     */
    private static Fix unquoting(DotenvDocument document, DotenvLine.Entry entry) {
        DotenvValue value = entry.value();
        Edit edit = new Edit(value.raw().start(), value.raw().end(), document.slice(value.content()));
        boolean same = LineReading.readsAsBefore(document, entry, edit, Dialect.PYTHON_DOTENV, Dialect.NODE_DOTENV)
                && LineReading.readsAsBefore(document, entry, edit, Dialect.NODE_DOTENV, Dialect.NODE_DOTENV);
        return same ? Fix.unsafe("drop the quotes", edit) : null;
    }

    static boolean needsNoQuotes(String text, TextRange content) {
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "_-./:@+,%=".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
