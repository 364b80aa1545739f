package dev.confguard.dotenv;

import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code .env} file into a lossless {@link DotenvDocument} in one linear pass. It never
 * throws on content: anything it cannot read becomes an {@link DotenvLine.Invalid} line or an
 * unterminated value, for the rules to report with positions.
 */
public final class DotenvParser {
    private final String text;
    private final int n;
    private int pos;
    /**
     * Per quote kind, the earliest offset from which a scan found no quote at all before the end of
     * the file; a later scan from a later offset cannot find one either. Keeps a file full of
     * unterminated quotes linear.
     */
    private final int[] noClosingQuoteFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};

    private DotenvParser(String text) {
        this.text = text;
        this.n = text.length();
    }

    public static DotenvDocument parse(SourceFile source) {
        DotenvParser parser = new DotenvParser(source.text());
        TextRange bom = null;
        if (parser.n > 0 && parser.text.charAt(0) == '\uFEFF') {
            bom = TextRange.of(0, 1);
            parser.pos = 1;
        }
        List<DotenvLine> lines = new ArrayList<>();
        while (parser.pos < parser.n) {
            lines.add(parser.statement());
        }
        return new DotenvDocument(source, bom, lines);
    }

    private DotenvLine statement() {
        int start = pos;
        int indentEnd = skipBlanks(pos);
        int eol = endOfLine(indentEnd);
        if (indentEnd == eol) {
            TextRange ending = lineEnding(eol);
            pos = ending.end();
            return new DotenvLine.Blank(TextRange.of(start, pos), TextRange.of(start, eol), ending);
        }
        if (text.charAt(indentEnd) == '#') {
            TextRange ending = lineEnding(eol);
            pos = ending.end();
            return new DotenvLine.Comment(TextRange.of(start, pos), TextRange.of(start, indentEnd),
                    TextRange.of(indentEnd, eol), ending);
        }
        return entry(start, indentEnd, eol);
    }

    private DotenvLine entry(int start, int indentEnd, int eol) {
        TextRange indent = TextRange.of(start, indentEnd);
        int keyStart = indentEnd;
        TextRange export = null;
        if (text.startsWith("export", indentEnd) && indentEnd + 6 < eol && isBlank(text.charAt(indentEnd + 6))) {
            int afterExport = skipBlanks(indentEnd + 6);
            if (afterExport < eol && text.charAt(afterExport) != '=') {
                export = TextRange.of(indentEnd, indentEnd + 6);
                keyStart = afterExport;
            }
        }
        int equals = indexOf('=', keyStart, eol);
        if (equals < 0) {
            return entryWithoutDelimiter(start, indent, export, keyStart, eol);
        }
        int keyEnd = trimBlanksBack(keyStart, equals);
        TextRange key = TextRange.of(keyStart, keyEnd);
        TextRange delimiter = TextRange.of(equals, equals + 1);
        int valueStart = skipBlanks(equals + 1);
        if (valueStart < eol && QuoteStyle.of(text.charAt(valueStart)) != QuoteStyle.NONE) {
            return quotedEntry(start, indent, export, key, delimiter, valueStart, eol);
        }
        int commentStart = unquotedCommentStart(valueStart, eol);
        int valueEnd = trimBlanksBack(valueStart, commentStart < 0 ? eol : commentStart);
        TextRange raw = TextRange.of(valueStart, valueEnd);
        DotenvValue value = new DotenvValue(raw, QuoteStyle.NONE, raw, true);
        TextRange comment = commentStart < 0 ? null : TextRange.of(commentStart, eol);
        TextRange ending = lineEnding(eol);
        pos = ending.end();
        return new DotenvLine.Entry(TextRange.of(start, pos), indent, export, key, delimiter, value, comment, null, ending);
    }

    private DotenvLine entryWithoutDelimiter(int start, TextRange indent, TextRange export, int keyStart, int eol) {
        int keyEnd = keyStart;
        while (keyEnd < eol && !isBlank(text.charAt(keyEnd)) && text.charAt(keyEnd) != '#') {
            keyEnd++;
        }
        int after = skipBlanks(keyEnd);
        TextRange ending = lineEnding(eol);
        pos = ending.end();
        if (keyEnd == keyStart || (after < eol && text.charAt(after) != '#')) {
            return new DotenvLine.Invalid(TextRange.of(start, pos), TextRange.of(indent.end(), eol),
                    "expected KEY=VALUE", ending);
        }
        TextRange comment = after < eol ? TextRange.of(after, eol) : null;
        DotenvValue value = new DotenvValue(TextRange.empty(keyEnd), QuoteStyle.NONE, TextRange.empty(keyEnd), true);
        return new DotenvLine.Entry(TextRange.of(start, pos), indent, export, TextRange.of(keyStart, keyEnd), null,
                value, comment, null, ending);
    }

    private DotenvLine quotedEntry(int start, TextRange indent, TextRange export, TextRange key, TextRange delimiter,
                                   int valueStart, int eol) {
        char quote = text.charAt(valueStart);
        QuoteStyle style = QuoteStyle.of(quote);
        int close = closingQuote(quote, valueStart + 1);
        if (close < 0) {
            TextRange raw = TextRange.of(valueStart, eol);
            DotenvValue value = new DotenvValue(raw, style, TextRange.of(valueStart + 1, eol), false);
            TextRange ending = lineEnding(eol);
            pos = ending.end();
            return new DotenvLine.Entry(TextRange.of(start, pos), indent, export, key, delimiter, value, null, null, ending);
        }
        DotenvValue value = new DotenvValue(TextRange.of(valueStart, close + 1), style,
                TextRange.of(valueStart + 1, close), true);
        int lastEol = endOfLine(close + 1);
        int after = skipBlanks(close + 1);
        TextRange comment = null;
        TextRange trailing = null;
        if (after < lastEol) {
            if (text.charAt(after) == '#') {
                comment = TextRange.of(after, lastEol);
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
                    comment = TextRange.of(hash, lastEol);
                }
                trailing = TextRange.of(after, junkEnd);
            }
        }
        TextRange ending = lineEnding(lastEol);
        pos = ending.end();
        return new DotenvLine.Entry(TextRange.of(start, pos), indent, export, key, delimiter, value, comment, trailing, ending);
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

    private TextRange lineEnding(int eol) {
        if (eol >= n) {
            return TextRange.empty(n);
        }
        if (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n') {
            return TextRange.of(eol, eol + 2);
        }
        return TextRange.of(eol, eol + 1);
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
