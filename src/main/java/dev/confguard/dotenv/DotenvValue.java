package dev.confguard.dotenv;

import dev.confguard.source.TextRange;

/**
 * The value part of an entry as written. {@code raw} includes the quotes; {@code content} is what
 * lies between them (equal to {@code raw} when unquoted). An unterminated quoted value stops at the
 * end of its first line so the rest of the file still parses. Offsets are kept as {@code int}s and
 * the ranges made when asked (see {@link DotenvLine}).
 */
public final class DotenvValue {
    private final int rawStart;
    private final int rawEnd;
    private final QuoteStyle quote;
    private final boolean terminated;

    DotenvValue(int rawStart, int rawEnd, QuoteStyle quote, boolean terminated) {
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.quote = quote;
        this.terminated = terminated;
    }

    public TextRange raw() {
        return TextRange.of(rawStart, rawEnd);
    }

    public QuoteStyle quote() {
        return quote;
    }

    /** Between the quotes: without the opening one, and without the closing one when there is one. */
    public TextRange content() {
        if (quote == QuoteStyle.NONE) {
            return raw();
        }
        return TextRange.of(rawStart + 1, terminated ? rawEnd - 1 : rawEnd);
    }

    public boolean terminated() {
        return terminated;
    }

    public boolean isQuoted() {
        return quote != QuoteStyle.NONE;
    }

    public boolean isEmpty() {
        return rawStart == rawEnd;
    }

    @Override
    public String toString() {
        return "DotenvValue[raw=" + raw() + ", quote=" + quote + ", terminated=" + terminated + "]";
    }
}
