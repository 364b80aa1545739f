package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.List;
import java.util.Map;

/**
 * python-dotenv 0.21.0 {@code dotenv_values(path)}: a cursor over the whole text (not a line
 * splitter) that reads {@code [export ]KEY[=VALUE]} bindings and, on an error, drops the binding and
 * resumes after the line where the error happened. Written as a hand scanner that follows
 * {@code dotenv/parser.py} step by step; where the Python regexes backtrack, the comments say which
 * match they end up with. Without interpolation by default, like {@code interpolate=False}.
 *
 * <p>Not modelled: python-dotenv raises {@code UnicodeDecodeError} on invalid UTF-8; this reader
 * reads the escaped bytes as ordinary characters instead.
 */
final class PythonDotenvReader implements DialectReader {
    private final boolean stripBom;
    private final Map<String, String> environment;

    PythonDotenvReader() {
        this(false, null);
    }

    private PythonDotenvReader(boolean stripBom, Map<String, String> environment) {
        this.stripBom = stripBom;
        this.environment = environment == null ? null : Map.copyOf(environment);
    }

    /** The same reader, but a leading BOM is skipped instead of becoming part of the first key. */
    PythonDotenvReader withoutBom() {
        return new PythonDotenvReader(true, environment);
    }

    /**
     * {@code dotenv_values(path, interpolate=True)}, with {@code environment} standing in for
     * {@code os.environ} (never the real process environment).
     */
    PythonDotenvReader withInterpolation(Map<String, String> environment) {
        return new PythonDotenvReader(stripBom, environment);
    }

    @Override
    public List<ReadEntry> read(DotenvDocument document) {
        if (environment == null) {
            return DialectReader.super.read(document);
        }
        List<ReadEntry> entries = new java.util.ArrayList<>();
        Cursor cursor = uninterpolated(document);
        for (ReadEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
            entries.add(entry);
        }
        return PythonInterpolation.resolve(entries, environment);
    }

    /** Only for a reader without interpolation, which needs every binding before it can give the first. */
    @Override
    public Cursor cursor(DotenvDocument document) {
        if (environment != null) {
            throw new UnsupportedOperationException("an interpolating reader reads the whole file: use read()");
        }
        return uninterpolated(document);
    }

    private Cursor uninterpolated(DotenvDocument document) {
        NormalizedText normalized = NormalizedText.of(document, false);
        StatementStarts starts = StatementStarts.of(document);
        Scanner scanner = new Scanner(normalized.text());
        if (stripBom && document.bom() != null) {
            scanner.pos = 1;
        }
        return new Cursor() {
            @Override
            public ReadEntry next() {
                while (scanner.pos < scanner.n) {
                    scanner.binding();
                    if (scanner.key != null) {
                        int start = starts.entryAt(normalized.lineStart(scanner.keyStart), document);
                        return new ReadEntry(scanner.key, scanner.value, start);
                    }
                }
                return null;
            }
        };
    }

    /** Python's {@code str.isspace()}, which is also what {@code \s} matches in a str pattern. */
    static boolean isSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** {@code [^\S\r\n]}: whitespace on the same line. CR never occurs after universal newlines. */
    private static boolean isLineSpace(char c) {
        return c != '\n' && c != '\r' && isSpace(c);
    }

    /** One pass of {@code parse_binding}; leaves the key (null for none), value and position. */
    private static final class Scanner {
        private final String s;
        private final int n;
        private int pos;
        private String key;
        private String value;
        private int keyStart;

        Scanner(String s) {
            this.s = s;
            this.n = s.length();
        }

        void binding() {
            key = null;
            value = null;
            while (pos < n && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return;
            }
            // _export = (?:export[^\S\r\n]+)? : greedy and never given back
            if (s.startsWith("export", pos) && pos + 6 < n && isLineSpace(s.charAt(pos + 6))) {
                pos = skipLineSpace(pos + 6);
            }
            keyStart = pos;
            String readKey;
            char first = pos < n ? s.charAt(pos) : 0;
            if (first == '#') {
                readKey = null;
            } else if (first == '\'') {
                // '([^']+)' may span lines
                int close = s.indexOf('\'', pos + 1);
                if (close <= pos + 1) {
                    error();
                    return;
                }
                readKey = s.substring(pos + 1, close);
                pos = close + 1;
            } else {
                int end = pos;
                while (end < n && s.charAt(end) != '=' && s.charAt(end) != '#' && !isSpace(s.charAt(end))) {
                    end++;
                }
                if (end == pos) {
                    error();
                    return;
                }
                readKey = s.substring(pos, end);
                pos = end;
            }
            pos = skipLineSpace(pos);
            String readValue = null;
            if (pos < n && s.charAt(pos) == '=') {
                pos = skipLineSpace(pos + 1);
                char c = pos < n ? s.charAt(pos) : '\n';
                if (c == '\'' || c == '"') {
                    int close = closingQuote(pos, c);
                    if (close < 0) {
                        error();
                        return;
                    }
                    String raw = s.substring(pos + 1, close);
                    readValue = PythonEscape.decode(raw, c == '\'', PythonEscape.IGNORE);
                    pos = close + 1;
                } else if (c == '\n') {
                    readValue = "";
                } else {
                    int lineEnd = lineEnd(pos);
                    readValue = unquoted(pos, lineEnd);
                    pos = lineEnd;
                }
            }
            // _comment = (?:[^\S\r\n]*#[^\r\n]*)?
            int q = skipLineSpace(pos);
            if (q < n && s.charAt(q) == '#') {
                pos = lineEnd(q);
            }
            // _end_of_line = [^\S\r\n]*(?:\r\n|\n|\r|$)
            q = skipLineSpace(pos);
            if (q < n && s.charAt(q) != '\n') {
                error();
                return;
            }
            pos = q < n ? q + 1 : n;
            key = readKey;
            value = readValue;
        }

        /** _rest_of_line: the binding is dropped and reading resumes after the current line. */
        private void error() {
            key = null;
            value = null;
            int end = lineEnd(pos);
            pos = end < n ? end + 1 : n;
        }

        /**
         * The closing quote the regex {@code Q((?:\\Q|[^Q])*)Q} settles on: the first {@code Q} not
         * right after a backslash; failing that, backtracking gives back the last {@code \Q} pair in
         * the rest of the text; failing that, -1.
         */
        private int closingQuote(int open, char quote) {
            int lastEscaped = -1;
            for (int i = open + 1; i < n; i++) {
                if (s.charAt(i) == quote) {
                    if (s.charAt(i - 1) != '\\') {
                        return i;
                    }
                    if (i - 1 > open) {
                        lastEscaped = i;
                    }
                }
            }
            return lastEscaped;
        }

        /** {@code [^\r\n]*}, then {@code re.sub(r"\s+#.*", "", part).rstrip()}. */
        private String unquoted(int from, int to) {
            int end = to;
            for (int i = from + 1; i < to; i++) {
                if (s.charAt(i) == '#' && isSpace(s.charAt(i - 1))) {
                    end = i;
                    break;
                }
            }
            while (end > from && isSpace(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(from, end);
        }

        private int skipLineSpace(int i) {
            while (i < n && isLineSpace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private int lineEnd(int i) {
            int end = s.indexOf('\n', i);
            return end < 0 ? n : end;
        }
    }
}
