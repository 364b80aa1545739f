package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.List;

/**
 * dotenv-java 3.2.0 loaded with {@code configure().ignoreIfMalformed()}: {@code Files.readAllLines},
 * then each line (joined with LF to a pending multi-line value) must {@code matches()}
 * <pre>^\s*([\w.\-]+)\s*(=)\s*(['][^']*[']|["][^"]*["]|[^#]*)?\s*(#.*)?$</pre>
 * (ASCII {@code \s \w}); a value that starts with {@code "} and does not end with one pulls in the
 * next line; malformed entries are skipped. Values are trimmed, only double quotes are stripped, and
 * nothing is unescaped. Entries come in file order with duplicates (the loader's map keeps the last).
 *
 * <p>The real parser re-matches the growing pending text on every line (quadratic); this reader
 * keeps what each match would find as state, so it stays linear.
 *
 * <p>Not modelled exactly: the loader throws on invalid UTF-8 (here the escaped bytes are read as
 * characters), and {@code stripQuotes} throws {@code StringIndexOutOfBoundsException} for a value
 * like {@code \u0001\u0001"x"} (control characters before the quote): that aborts the whole load,
 * while this reader only skips the entry.
 */
final class DotenvJavaReader implements DialectReader {

    @Override
    public Cursor cursor(DotenvDocument document) {
        String text = document.text();
        StatementStarts starts = StatementStarts.of(document);
        int n = text.length();
        return new Cursor() {
            private int lineStart;
            private Pending pending;

            @Override
            public ReadEntry next() {
                while (lineStart < n) {
                    int start = lineStart;
                    int lineEnd = start;
                    while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                        lineEnd++;
                    }
                    int next = lineEnd;
                    if (next < n) {
                        next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
                    }
                    String line = text.substring(start, lineEnd);
                    lineStart = next;
                    if (pending == null) {
                        if (!isSkipped(line)) {
                            pending = Pending.start(line, start);
                        }
                    } else {
                        pending.append(line);
                    }
                    if (pending != null && pending.outcome != Outcome.PENDING) {
                        Pending done = pending;
                        pending = null;
                        if (done.outcome == Outcome.ENTRY) {
                            return new ReadEntry(done.key, done.value, starts.entryAt(done.lineStart, document));
                        }
                    }
                }
                // A value still pending at the end of the file is dropped silently.
                return null;
            }
        };
    }

    /** Blank lines (every char at most U+0020) and lines starting with {@code #} or {@code ////}. */
    private static boolean isSkipped(String line) {
        if (line.startsWith("#") || line.startsWith("////")) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Java's ASCII {@code \s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Characters {@code .} does not match (without DOTALL or UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    private enum Outcome { PENDING, ENTRY, MALFORMED }

    /**
     * The entry being read. The prefix {@code ^\s*KEY\s*=\s*} never backtracks usefully, so the value
     * group starts at {@code valueStart} and the regex picks: a quoted alternative when the next
     * matching quote is followed only by spaces and an optional comment to the end; else
     * {@code [^#]*} up to the first {@code #}, provided no line terminator follows that {@code #}
     * ({@code .*} cannot cross one); else no match. Once pending (the value starts with {@code "}),
     * later lines can only add the closing quote or a {@code #}.
     */
    private static final class Pending {
        /** The entry's text so far: its first line, a StringBuilder once a second line joins it. */
        private CharSequence text;
        private final int lineStart;
        private String key;
        private int valueStart;
        /** First {@code "} after the value's opening quote, or -1. */
        private int closingQuote = -1;
        private boolean quotedAlternativeFailed;
        private int hash = -1;
        private Outcome outcome;
        private String value;

        private Pending(String line, int lineStart) {
            this.text = line;
            this.lineStart = lineStart;
        }

        static Pending start(String line, int lineStart) {
            Pending entry = new Pending(line, lineStart);
            entry.first();
            return entry;
        }

        private void first() {
            String line = text.toString();
            int n = line.length();
            int i = 0;
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int keyStart = i;
            while (i < n && isKeyChar(line.charAt(i))) {
                i++;
            }
            int keyEnd = i;
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (keyEnd == keyStart || i >= n || line.charAt(i) != '=') {
                outcome = Outcome.MALFORMED;
                return;
            }
            i++;
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            key = line.substring(keyStart, keyEnd);
            valueStart = i;
            if (i < n && line.charAt(i) == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close >= 0 && tailMatches(close + 1)) {
                    finish(line.substring(i, close + 1));
                    return;
                }
            }
            if (i < n && line.charAt(i) == '"') {
                scanForClosingQuote(i + 1);
                if (outcome != null) {
                    return;
                }
            }
            scanForHash(valueStart);
            settle();
        }

        void append(String line) {
            int from = text.length() + 1;
            StringBuilder joined = text instanceof StringBuilder ? (StringBuilder) text : new StringBuilder(text);
            text = joined.append('\n').append(line);
            outcome = null;
            if (closingQuote < 0 && !quotedAlternativeFailed) {
                scanForClosingQuote(from);
                if (outcome != null) {
                    return;
                }
            }
            if (hash >= 0) {
                // [^#]* stops at the earlier '#', and (#.*)$ cannot cross the line break after it.
                outcome = Outcome.MALFORMED;
                return;
            }
            scanForHash(from);
            settle();
        }

        /** {@code ["][^"]*["]} followed by {@code \s*(#.*)?$}; once the tail fails it always will. */
        private void scanForClosingQuote(int from) {
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '"') {
                    closingQuote = i;
                    if (tailMatches(i + 1)) {
                        finish(text.subSequence(valueStart, i + 1).toString());
                    } else {
                        quotedAlternativeFailed = true;
                    }
                    return;
                }
            }
        }

        private void scanForHash(int from) {
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '#') {
                    hash = i;
                    return;
                }
            }
        }

        /** The {@code [^#]*} alternative, then the loader's pending/validity checks. */
        private void settle() {
            int end = text.length();
            if (hash >= 0) {
                for (int i = hash + 1; i < end; i++) {
                    if (isLineTerminator(text.charAt(i))) {
                        outcome = Outcome.MALFORMED;
                        return;
                    }
                }
                end = hash;
            }
            // Only the ends decide whether the value stays pending: no copy of a growing value per line.
            boolean opens = end > valueStart && text.charAt(valueStart) == '"';
            boolean closes = end > valueStart && text.charAt(end - 1) == '"';
            if (opens && !closes) {
                outcome = Outcome.PENDING;
                return;
            }
            finish(text.subSequence(valueStart, end).toString());
        }

        /** {@code \s*(#.*)?$} from {@code from} to the end of the text. */
        private boolean tailMatches(int from) {
            int n = text.length();
            int i = from;
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                return true;
            }
            if (text.charAt(i) != '#') {
                return false;
            }
            for (int k = i + 1; k < n; k++) {
                if (isLineTerminator(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** {@code QuotedStringValidator.isValid} and {@code stripQuotes}, quirks included. */
        private void finish(String raw) {
            String trimmed = raw.trim();
            boolean starts = trimmed.startsWith("\"");
            boolean ends = trimmed.endsWith("\"");
            if (starts || ends) {
                if (trimmed.length() == 1 || !(starts && ends)
                        || hasUnescapedQuote(trimmed.substring(1, trimmed.length() - 1))) {
                    outcome = Outcome.MALFORMED;
                    return;
                }
                // stripQuotes: trimmed.substring(1, raw.length() - 1), with the untrimmed length.
                int end = raw.length() - 1;
                if (end > trimmed.length()) {
                    outcome = Outcome.MALFORMED;
                    return;
                }
                value = trimmed.substring(1, end);
            } else {
                value = trimmed;
            }
            outcome = Outcome.ENTRY;
        }

        private static boolean hasUnescapedQuote(String content) {
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '"' && (i == 0 || content.charAt(i - 1) != '\\')) {
                    return true;
                }
            }
            return false;
        }
    }
}
