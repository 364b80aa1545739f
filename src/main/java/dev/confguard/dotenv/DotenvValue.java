package dev.confguard.dotenv;

import dev.confguard.source.TextRange;

/**
 * The value part of an entry as written. {@code raw} includes the quotes; {@code content} is what
 * lies between them (equal to {@code raw} when unquoted). An unterminated quoted value stops at the
 * end of its first line so the rest of the file still parses.
 */
public record DotenvValue(TextRange raw, QuoteStyle quote, TextRange content, boolean terminated) {

    public boolean isQuoted() {
        return quote != QuoteStyle.NONE;
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }
}
