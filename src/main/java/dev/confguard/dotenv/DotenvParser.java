package dev.confguard.dotenv;

import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;

/**
 * Parses a {@code .env} file into a lossless {@link DotenvDocument} in one linear pass. It never
 * throws on content: anything it cannot read becomes an {@link DotenvLine.Invalid} line or an
 * unterminated value, for the rules to report with positions.
 */
public final class DotenvParser {
    private final String text;
    private final int n;
    private final Statements statements;
    private int pos;
    /**
     * Per quote kind, the earliest offset from which a scan found no quote at all before the end of
     * the file; a later scan from a later offset cannot find one either. Keeps a file full of
     * unterminated quotes linear.
     */
    private final int[] noClosingQuoteFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};

    private DotenvParser(String text, int maxStatements) {
        this.text = text;
        this.n = text.length();
        this.statements = new Statements(maxStatements);
    }

    public static DotenvDocument parse(SourceFile source) {
        // a statement ends at a line break or at the end: there are at most as many as lines, and the
        // arrays are sized once (the line index is needed for every finding's position anyway)
        DotenvParser parser = new DotenvParser(source.text(), source.lineIndex().lineCount());
        TextRange bom = null;
        if (parser.n > 0 && parser.text.charAt(0) == '\uFEFF') {
            bom = TextRange.of(0, 1);
            parser.pos = 1;
        }
        while (parser.pos < parser.n) {
            parser.statement();
        }
        return new DotenvDocument(source, bom, parser.statements.done());
    }

    private void statement() {
        int start = pos;
        int indentEnd = skipBlanks(pos);
        int eol = endOfLine(indentEnd);
        if (indentEnd == eol) {
            pos = lineEndingEnd(eol);
            statements.addBlank(start, eol, pos);
            return;
        }
        if (text.charAt(indentEnd) == '#') {
            pos = lineEndingEnd(eol);
            statements.addComment(start, indentEnd, eol, pos);
            return;
        }
        entry(start, indentEnd, eol);
    }

    private void entry(int start, int indentEnd, int eol) {
        int keyStart = indentEnd;
        boolean export = false;
        if (text.startsWith("export", indentEnd) && indentEnd + 6 < eol && isBlank(text.charAt(indentEnd + 6))) {
            int afterExport = skipBlanks(indentEnd + 6);
            if (afterExport < eol && text.charAt(afterExport) != '=') {
                export = true;
                keyStart = afterExport;
            }
        }
        int equals = indexOf('=', keyStart, eol);
        if (equals < 0) {
            entryWithoutDelimiter(start, indentEnd, export, keyStart, eol);
            return;
        }
        int keyEnd = trimBlanksBack(keyStart, equals);
        int valueStart = skipBlanks(equals + 1);
        if (valueStart < eol && QuoteStyle.of(text.charAt(valueStart)) != QuoteStyle.NONE) {
            quotedEntry(start, indentEnd, export, keyStart, keyEnd, equals, valueStart, eol);
            return;
        }
        int commentStart = unquotedCommentStart(valueStart, eol);
        int valueEnd = trimBlanksBack(valueStart, commentStart < 0 ? eol : commentStart);
        pos = lineEndingEnd(eol);
        statements.addEntry(start, indentEnd, export, keyStart, keyEnd, equals, valueStart, valueEnd, QuoteStyle.NONE,
                true, commentStart, -1, -1, eol, pos);
    }

    private void entryWithoutDelimiter(int start, int indentEnd, boolean export, int keyStart, int eol) {
        int keyEnd = keyStart;
        while (keyEnd < eol && !isBlank(text.charAt(keyEnd)) && text.charAt(keyEnd) != '#') {
            keyEnd++;
        }
        int after = skipBlanks(keyEnd);
        pos = lineEndingEnd(eol);
        if (keyEnd == keyStart || (after < eol && text.charAt(after) != '#')) {
            statements.addInvalid(start, indentEnd, eol, pos, "expected KEY=VALUE");
            return;
        }
        statements.addEntry(start, indentEnd, export, keyStart, keyEnd, -1, keyEnd, keyEnd, QuoteStyle.NONE, true,
                after < eol ? after : -1, -1, -1, eol, pos);
    }

    private void quotedEntry(int start, int indentEnd, boolean export, int keyStart, int keyEnd, int equals,
                                   int valueStart, int eol) {
        char quote = text.charAt(valueStart);
        QuoteStyle style = QuoteStyle.of(quote);
        int close = closingQuote(quote, valueStart + 1);
        if (close < 0) {
            pos = lineEndingEnd(eol);
            statements.addEntry(start, indentEnd, export, keyStart, keyEnd, equals, valueStart, eol, style, false, -1, -1,
                    -1, eol, pos);
            return;
        }
        int lastEol = endOfLine(close + 1);
        int after = skipBlanks(close + 1);
        int comment = -1;
        int trailingStart = -1;
        int trailingEnd = -1;
        if (after < lastEol) {
            if (text.charAt(after) == '#') {
                comment = after;
            } else {
                int junkEnd = trimBlanksBack(after, lastEol);
                int hash = -1;
                for (int i = after; i < lastEol; i++) {
                    if (text.charAt(i) == '#' && isBlank(text.charAt(i - 1))) {
                        hash = i;
                        break;
                    }
                }
                if (hash >= 0) {
                    junkEnd = trimBlanksBack(after, hash);
                    comment = hash;
                }
                trailingStart = after;
                trailingEnd = junkEnd;
            }
        }
        pos = lineEndingEnd(lastEol);
        statements.addEntry(start, indentEnd, export, keyStart, keyEnd, equals, valueStart, close + 1, style, true,
                comment, trailingStart, trailingEnd, lastEol, pos);
    }

    /**
     * Finds the closing quote the way python-dotenv's and node's regexes do ({@code "(?:\\"|[^"])*"}):
     * a quote right after a backslash is escaped, whatever precedes that backslash; the first
     * unescaped quote closes; failing that, the last escaped one does (the regex backtracks onto it).
     * May cross lines; -1 when the file holds no candidate.
     */
    private int closingQuote(char quote, int from) {
        int kind = QuoteStyle.of(quote).ordinal();
        if (from >= noClosingQuoteFrom[kind]) {
            return -1;
        }
        int lastEscaped = -1;
        for (int i = from; i < n; i++) {
            if (text.charAt(i) == quote) {
                if (i > from && text.charAt(i - 1) == '\\') {
                    lastEscaped = i;
                } else {
                    return i;
                }
            }
        }
        if (lastEscaped < 0) {
            noClosingQuoteFrom[kind] = from;
        }
        return lastEscaped;
    }

    /** An unquoted value's comment starts at a {@code #} that follows a space or tab. */
    private int unquotedCommentStart(int valueStart, int eol) {
        for (int i = valueStart + 1; i < eol; i++) {
            if (text.charAt(i) == '#' && isBlank(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private int skipBlanks(int i) {
        while (i < n && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int trimBlanksBack(int from, int end) {
        while (end > from && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private int endOfLine(int i) {
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return n;
    }

    /** Where the line break at {@code eol} (LF, CRLF or CR; none at the end of the text) ends. */
    private int lineEndingEnd(int eol) {
        if (eol >= n) {
            return n;
        }
        if (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n') {
            return eol + 2;
        }
        return eol + 1;
    }

    /**
     * Horizontal whitespace as python-dotenv ({@code [^\\S\\r\\n]}) and node's {@code trim()} see it:
     * space, tab, vertical tab, form feed and the Unicode spaces (NBSP included).
     */
    static boolean isBlank(char c) {
        if (c == ' ' || c == '\t') {
            return true;
        }
        if (c < 0x80) {
            return c == 0x0B || c == 0x0C;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
