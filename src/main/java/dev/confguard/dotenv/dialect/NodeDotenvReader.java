package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * npm dotenv 18.0.10 {@code parse(buffer)} with default options: CRLF/CR become LF, then a global
 * multiline scan with
 * <pre>^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$</pre>
 * then trim, strip one pair of matching outer quotes, and expand {@code \n}/{@code \r} when the
 * trimmed text began with {@code "}. The scanner below reproduces the match the backtracking regex
 * finds (see the comments) without backtracking: JS {@code \s} includes newlines and U+FEFF, and
 * {@code ^}/{@code $}/{@code .} treat LF, U+2028 and U+2029 as line ends.
 *
 * <p>{@code parse} stores into a plain JS object, and that shows: {@link #read} drops
 * {@code __proto__} (assigning a string to it is ignored), and {@link #finalBindings} lists
 * integer-like keys (array indices) first in ascending order, then the other keys in insertion
 * order, the last value winning.
 */
final class NodeDotenvReader implements DialectReader {
    private static final long MAX_ARRAY_INDEX = 4294967294L;

    @Override
    public Cursor cursor(DotenvDocument document) {
        NormalizedText normalized = NormalizedText.of(document, true);
        StatementStarts starts = StatementStarts.of(document);
        Scanner scanner = new Scanner(normalized.text());
        return new Cursor() {
            private int from;

            @Override
            public ReadEntry next() {
                while (from >= 0) {
                    int lineStart = scanner.nextLineStart(from);
                    if (lineStart < 0) {
                        from = -1;
                        break;
                    }
                    if (!scanner.match(lineStart)) {
                        // Every line start inside the leading whitespace fails the same way.
                        from = scanner.keyLineEnd + 1;
                        continue;
                    }
                    from = scanner.matchEnd;
                    if (!scanner.key.equals("__proto__")) {
                        int start = starts.entryAt(normalized.lineStart(scanner.keyStart), document);
                        return new ReadEntry(scanner.key, postProcess(scanner.group), start);
                    }
                }
                return null;
            }
        };
    }

    @Override
    public List<ReadEntry> finalBindings(List<ReadEntry> entries) {
        Map<String, ReadEntry> byKey = new LinkedHashMap<>();
        for (ReadEntry entry : entries) {
            byKey.put(entry.key(), entry);
        }
        List<ReadEntry> indices = new ArrayList<>();
        List<ReadEntry> others = new ArrayList<>();
        for (ReadEntry entry : byKey.values()) {
            (isArrayIndex(entry.key()) ? indices : others).add(entry);
        }
        indices.sort(new java.util.Comparator<ReadEntry>() {
            @Override
            public int compare(ReadEntry a, ReadEntry b) {
                return Long.compare(Long.parseLong(a.key()), Long.parseLong(b.key()));
            }
        });
        indices.addAll(others);
        return indices;
    }

    static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    /** {@code value.trim()}, the outer-quote strip, then {@code \n}/{@code \r} for double quotes. */
    static String postProcess(String group) {
        String value = trim(group);
        boolean doubleQuoted = !value.isEmpty() && value.charAt(0) == '"';
        value = stripOuterQuotes(value);
        if (doubleQuoted) {
            value = value.replace("\\n", "\n").replace("\\r", "\r");
        }
        return value;
    }

    /**
     * {@code value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2")}: at each line start (multiline) holding a
     * quote, the greedy body runs to the last same quote that ends a line; usually that is just one
     * outer pair, but a value holding U+2028/U+2029 has several "lines".
     */
    static String stripOuterQuotes(String value) {
        int n = value.length();
        if (!hasLineTerminator(value)) { // one line, the common case: only its first character can open
            return n >= 2 && quoteKind(value.charAt(0)) >= 0 && value.charAt(n - 1) == value.charAt(0)
                    ? value.substring(1, n - 1) : value;
        }
        int[] lastClosing = {-1, -1, -1};
        for (int i = n - 1; i >= 0; i--) {
            int kind = quoteKind(value.charAt(i));
            if (kind >= 0 && lastClosing[kind] < 0 && (i + 1 == n || isLineTerminator(value.charAt(i + 1)))) {
                lastClosing[kind] = i;
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int p = 0; p < n; p++) {
            if (p > 0 && !isLineTerminator(value.charAt(p - 1))) {
                continue;
            }
            int kind = quoteKind(value.charAt(p));
            if (kind < 0 || lastClosing[kind] <= p) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            int close = lastClosing[kind];
            out.append(value, copied, p).append(value, p + 1, close);
            copied = close + 1;
            p = close;
        }
        if (out == null) {
            return value;
        }
        return out.append(value, copied, n).toString();
    }

    private static boolean hasLineTerminator(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isLineTerminator(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int quoteKind(char c) {
        return c == '\'' ? 0 : c == '"' ? 1 : c == '`' ? 2 : -1;
    }

    /** JS {@code \s}, which is also what {@code String.prototype.trim} removes. */
    static boolean isSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D);
        }
        return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /** Line ends for JS {@code ^ $ .} (CR is gone after normalisation but listed for completeness). */
    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** One {@code exec} of the regex at a line start; leaves the key, the raw group 2 and the match end. */
    private static final class Scanner {
        private final String s;
        private final int n;
        private String key;
        private int keyStart;
        private String group;
        private int matchEnd;
        private int keyLineEnd;

        Scanner(String s) {
            this.s = s;
            this.n = s.length();
        }

        /** The first position at or after {@code from} where multiline {@code ^} holds, or -1. */
        int nextLineStart(int from) {
            for (int i = from; i <= n; i++) {
                if (i == 0 || isLineTerminator(s.charAt(i - 1))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * {@code ^\s*} can only end at the first non-space (a key character is never a space), the
         * key can only be the whole run of key characters, and {@code \s*=} only the whole run of
         * spaces: none of them gives anything back. {@code export\s+} is tried first and dropped when
         * nothing follows it that matches, so {@code export =5} reads key {@code export}.
         */
        boolean match(int lineStart) {
            int p0 = spaceEnd(lineStart);
            keyLineEnd = p0;
            if (s.startsWith("export", p0) && p0 + 6 < n && isSpace(s.charAt(p0 + 6))
                    && matchFrom(spaceEnd(p0 + 6))) {
                return true;
            }
            return matchFrom(p0);
        }

        private boolean matchFrom(int k0) {
            int k1 = k0;
            while (k1 < n && isKeyChar(s.charAt(k1))) {
                k1++;
            }
            if (k1 == k0) {
                return false;
            }
            int equals = spaceEnd(k1);
            int q;
            if (equals < n && s.charAt(equals) == '=') {
                q = equals + 1;
            } else if (s.startsWith(":", k1) && k1 + 1 < n && isSpace(s.charAt(k1 + 1))) {
                q = k1 + 2;
            } else {
                return false;
            }
            key = s.substring(k0, k1);
            keyStart = k0;
            value(q);
            return true;
        }

        /**
         * The lazy {@code \s*?} (or {@code :\s+?}) never needs to grow: at its first position one of
         * the alternatives below always completes the match. A quoted alternative wins when its
         * closing quote is followed by a tail {@code \s*(?:#.*)?$}; otherwise {@code [^#\r\n]+} takes
         * the rest of the line (its tail always matches); otherwise the group is skipped.
         */
        private void value(int q) {
            int open = spaceEnd(q);
            if (open < n && quoteKind(s.charAt(open)) >= 0) {
                int close = closingQuote(open, s.charAt(open));
                if (close >= 0) {
                    group = s.substring(q, close + 1);
                    matchEnd = tailEnd(close + 1);
                    return;
                }
            }
            if (q < n && s.charAt(q) != '#' && s.charAt(q) != '\n') {
                int end = q;
                while (end < n && s.charAt(end) != '#' && s.charAt(end) != '\n') {
                    end++;
                }
                group = s.substring(q, end);
                matchEnd = tailEnd(end);
                return;
            }
            group = "";
            matchEnd = tailEnd(q);
        }

        /**
         * The closing quote backtracking settles on: first the first quote not right after a
         * backslash, then each {@code \Q} pair before it from right to left, the first whose tail
         * matches. Each candidate's tail scan stops at the next quote, so the search is linear in
         * the distance to that first unescaped quote.
         */
        private int closingQuote(int open, char quote) {
            List<Integer> escaped = new ArrayList<>();
            int first = -1;
            for (int i = open + 1; i < n; i++) {
                if (s.charAt(i) == quote) {
                    if (s.charAt(i - 1) != '\\') {
                        first = i;
                        break;
                    }
                    if (i - 1 > open) {
                        escaped.add(i);
                    }
                }
            }
            if (first >= 0 && tailEnd(first + 1) >= 0) {
                return first;
            }
            for (int k = escaped.size() - 1; k >= 0; k--) {
                if (tailEnd(escaped.get(k) + 1) >= 0) {
                    return escaped.get(k);
                }
            }
            return -1;
        }

        /**
         * Where {@code \s*(?:#.*)?$} ends when it starts at {@code t}, or -1 when it cannot match.
         * The greedy {@code \s*} may cross lines; if it stops at neither the end nor a {@code #}, it
         * gives back to the last line end inside the spaces, where {@code $} holds.
         */
        private int tailEnd(int t) {
            int end = spaceEnd(t);
            if (end == n) {
                return n;
            }
            if (s.charAt(end) == '#') {
                while (end < n && !isLineTerminator(s.charAt(end))) {
                    end++;
                }
                return end;
            }
            for (int i = end - 1; i >= t; i--) {
                if (isLineTerminator(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private int spaceEnd(int i) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
