package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.QuoteStyle;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.PythonEscape;
import dev.confguard.dotenv.dialect.ReadEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says how the loaders' readings of one entry differ, in words that never repeat the value: each
 * reading is classified against the text as written (quotes kept, cut at {@code #}, escapes expanded,
 * line skipped...) and loaders that read the same thing are named together.
 */
final class DialectDivergence {
    /** How one loader's reading relates to the entry as written. */
    private enum Kind {
        SKIPPED, DROPPED_PROTO, OTHER_KEY, NO_VALUE, AS_WRITTEN, KEEPS_QUOTES, HASH_CUT, FIRST_LINE, TRIMMED, ESCAPES,
        NEXT_LINE, OTHER
    }

    /** A classified reading: its kind, the words for it (singular and plural), and how many escapes it expands. */
    private record Phrase(Kind kind, String singular, String plural, int escapes) {
        static Phrase of(Kind kind, String verb, String verbPlural, String rest) {
            return new Phrase(kind, verb + rest, verbPlural + rest, 0);
        }
    }

    /**
     * One escape a loader expanded, as typed ({@code \n}) and what it became. equals and hashCode are
     * written out: a record's own go through an invokedynamic bootstrap that costs lint ~40 ms of start-up.
     */
    private record Escape(String typed, String meaning) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Escape && ((Escape) o).typed.equals(typed) && ((Escape) o).meaning.equals(meaning);
        }

        @Override
        public int hashCode() {
            return typed.hashCode() * 31 + meaning.hashCode();
        }
    }

    private DialectDivergence() {
    }

    /**
     * The finding message for {@code entry}, or null when every loader reads it the same, or when
     * another rule already says all there is (dotenv-java skipping an {@code export} line:
     * dotenv/export-prefix; python's None for a key without {@code =}: dotenv/key-without-value).
     */
    static String describe(DotenvDocument document, DotenvLine.Entry entry, Map<Dialect, ReadEntry> readings) {
        ReadEntry python = readings.get(Dialect.PYTHON_DOTENV);
        ReadEntry node = readings.get(Dialect.NODE_DOTENV);
        ReadEntry java = readings.get(Dialect.DOTENV_JAVA);
        if (same(python, node) && same(node, java)) {
            return null;
        }
        if (entry.export() != null && python != null && same(python, node) && java == null) {
            return null;
        }
        if (!entry.hasDelimiter() && python != null && python.value() == null && node == null && java == null) {
            return null;
        }
        String key = document.key(entry);
        Source source = new Source(document, entry, key);
        Map<ReadingKey, List<Dialect>> groups = new LinkedHashMap<>();
        for (Dialect dialect : DialectDivergenceRule.LOADERS) {
            ReadingKey reading = ReadingKey.of(readings.get(dialect));
            List<Dialect> group = groups.get(reading);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(reading, group);
            }
            group.add(dialect);
        }
        List<Phrase> phrases = new ArrayList<>();
        List<List<Dialect>> members = new ArrayList<>();
        for (Map.Entry<ReadingKey, List<Dialect>> group : groups.entrySet()) {
            phrases.add(classify(source, group.getValue().get(0), readings.get(group.getValue().get(0))));
            members.add(group.getValue());
        }
        int escapes = 0;
        for (Phrase phrase : phrases) {
            escapes = Math.max(escapes, phrase.escapes());
        }
        StringBuilder out = new StringBuilder("loaders read ").append(key.isEmpty() ? "this entry" : visible(key))
                .append(" differently: ");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            Phrase phrase = phrases.get(i);
            boolean plural = members.get(i).size() > 1;
            String words;
            if (phrase.kind() == Kind.AS_WRITTEN && escapes > 0) {
                words = (plural ? "keep " : "keeps ") + (escapes == 1 ? "it" : "them") + " as typed";
            } else {
                words = plural ? phrase.plural() : phrase.singular();
            }
            if (seen.contains(words)) {
                words += " (different text)";
            }
            seen.add(words);
            if (i > 0) {
                out.append(", ");
            }
            out.append(names(members.get(i))).append(' ').append(words);
        }
        return out.toString();
    }

    /** Both absent, or the same key and value (as ReadingKey compares them, without making two). */
    static boolean same(ReadEntry a, ReadEntry b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.key().equals(b.key()) && Objects.equals(a.value(), b.value());
    }

    /** What makes two readings the same: both absent, or the same key and value. equals/hashCode as for Escape. */
    private record ReadingKey(boolean present, String key, String value) {
        static ReadingKey of(ReadEntry entry) {
            return entry == null ? new ReadingKey(false, null, null) : new ReadingKey(true, entry.key(), entry.value());
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ReadingKey)) {
                return false;
            }
            ReadingKey other = (ReadingKey) o;
            return present == other.present && Objects.equals(key, other.key) && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(present, key, value);
        }
    }

    /** The entry's key, its value text with quotes ({@code raw}) and without ({@code content}). */
    private record Source(String key, String raw, String content, QuoteStyle quote, boolean terminated) {
        Source(DotenvDocument document, DotenvLine.Entry entry, String key) {
            this(key, document.slice(entry.value().raw()), document.slice(entry.value().content()),
                    entry.value().quote(), entry.value().terminated());
        }
    }

    private static Phrase classify(Source source, Dialect dialect, ReadEntry reading) {
        if (reading == null) {
            if (dialect == Dialect.NODE_DOTENV && source.key().equals("__proto__")) {
                return Phrase.of(Kind.DROPPED_PROTO, "drops", "drop", " the key (a JavaScript object cannot hold __proto__)");
            }
            return Phrase.of(Kind.SKIPPED, "skips", "skip", " this line");
        }
        if (!reading.key().equals(source.key())) {
            return Phrase.of(Kind.OTHER_KEY, "reads", "read", " the key as '" + visible(reading.key()) + "'");
        }
        String value = reading.value();
        if (value == null) {
            return Phrase.of(Kind.NO_VALUE, "reads", "read", " no value (None)");
        }
        int length = value.length();
        if (value.equals(source.content())) {
            return Phrase.of(Kind.AS_WRITTEN, "reads", "read", length == 0 ? " an empty value" : " " + characters(length));
        }
        if (source.quote() != QuoteStyle.NONE && value.equals(source.raw())) {
            String quotes = source.terminated() ? quoteName(source.quote()) : "unmatched " + quoteMarkName(source.quote());
            return Phrase.of(Kind.KEEPS_QUOTES, "keeps", "keep", " the " + quotes + " (" + characters(length) + ")");
        }
        if (isCutAtHash(value, source.raw()) || isCutAtHash(value, source.content())) {
            return Phrase.of(Kind.HASH_CUT, "cuts", "cut", " the value at '#' ("
                    + (length == 0 ? "nothing is left" : characters(length)) + ")");
        }
        if (isFirstLine(value, source.raw()) || isFirstLine(value, source.content())) {
            return Phrase.of(Kind.FIRST_LINE, "reads", "read", " only the first line (" + characters(length) + ")");
        }
        if (!value.equals(source.content()) && value.equals(stripUnicodeSpace(source.content()))) {
            return Phrase.of(Kind.TRIMMED, "strips", "strip", " the Unicode spaces around it (" + characters(length) + ")");
        }
        List<Escape> escapes = expandedEscapes(value, source);
        if (escapes != null) {
            return escapePhrase(escapes);
        }
        if (source.content().isEmpty() && !value.isEmpty()) {
            return Phrase.of(Kind.NEXT_LINE, "reads", "read", " " + characters(length) + " from the next line");
        }
        return Phrase.of(Kind.OTHER, "reads", "read", length == 0 ? " an empty value" : " " + characters(length));
    }

    /** {@code value} is the first line of a {@code written} text of several lines. */
    private static boolean isFirstLine(String value, String written) {
        int end = 0;
        while (end < written.length() && written.charAt(end) != '\n' && written.charAt(end) != '\r') {
            end++;
        }
        return end < written.length() && value.equals(written.substring(0, end).strip());
    }

    private static String stripUnicodeSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isUnicodeSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isUnicodeSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isUnicodeSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** {@code value} is {@code written} up to a {@code #}, without the spaces before it. */
    private static boolean isCutAtHash(String value, String written) {
        if (value.length() >= written.length() || !written.startsWith(value)) {
            return false;
        }
        int at = value.length();
        while (at < written.length() && Character.isWhitespace(written.charAt(at))) {
            at++;
        }
        return at < written.length() && written.charAt(at) == '#';
    }

    /**
     * The escapes a loader expanded, when its value is the written text (quotes stripped, or kept
     * for an unterminated value) decoded the python-dotenv way or the node way; else null.
     */
    private static List<Escape> expandedEscapes(String value, Source source) {
        for (String written : List.of(source.content(), source.raw())) {
            if (written.indexOf('\\') < 0) {
                continue;
            }
            List<Escape> python = new ArrayList<>();
            if (value.equals(decodePython(written, source.quote() == QuoteStyle.SINGLE, python)) && !python.isEmpty()) {
                return python;
            }
            List<Escape> node = new ArrayList<>();
            if (value.equals(decodeNode(written, node)) && !node.isEmpty()) {
                return node;
            }
        }
        return null;
    }

    private static String decodePython(String text, boolean singleQuoted, List<Escape> used) {
        return PythonEscape.decode(text, singleQuoted, new java.util.function.Consumer<PythonEscape>() {
            @Override
            public void accept(PythonEscape escape) {
                note(used, new Escape(escape.typed(), escape.meaning()));
            }
        });
    }

    /** node expands the two-character sequences {@code \n} and {@code \r} anywhere, even after a backslash. */
    private static String decodeNode(String text, List<Escape> used) {
        if (text.contains("\\n")) {
            note(used, new Escape("\\n", "a newline"));
        }
        if (text.contains("\\r")) {
            note(used, new Escape("\\r", "a carriage return"));
        }
        return text.replace("\\n", "\n").replace("\\r", "\r");
    }

    private static void note(List<Escape> used, Escape escape) {
        if (!used.contains(escape)) {
            used.add(escape);
        }
    }

    private static Phrase escapePhrase(List<Escape> escapes) {
        StringBuilder rest = new StringBuilder();
        if (escapes.size() == 1) {
            rest.append(' ').append(escapes.get(0).typed()).append(" to ").append(escapes.get(0).meaning());
        } else {
            for (int i = 0; i < escapes.size(); i++) {
                rest.append(i == 0 ? " " : i == escapes.size() - 1 ? " and " : ", ").append(escapes.get(i).typed());
            }
        }
        return new Phrase(Kind.ESCAPES, "expands" + rest, "expand" + rest, escapes.size());
    }

    private static String names(List<Dialect> dialects) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < dialects.size(); i++) {
            out.append(i == 0 ? "" : i == dialects.size() - 1 ? " and " : ", ").append(dialects.get(i).id());
        }
        return out.toString();
    }

    private static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }

    private static String quoteName(QuoteStyle quote) {
        switch (quote) {
            case SINGLE:
                return "single quotes";
            case DOUBLE:
                return "double quotes";
            default:
                return "backticks";
        }
    }

    private static String quoteMarkName(QuoteStyle quote) {
        switch (quote) {
            case SINGLE:
                return "single quote";
            case DOUBLE:
                return "double quote";
            default:
                return "backtick";
        }
    }

    /** A key as it can be shown: invisible and control characters as a "\\u" escape with four hex digits. */
    private static String visible(String key) {
        if (isPlain(key)) {
            return key; // what the loop below gives for printable ASCII, without copying it
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int type = Character.getType(c);
            boolean invisible = c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || type == Character.FORMAT
                    || type == Character.SURROGATE && !isPaired(key, i));
            out.append(invisible ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean isPlain(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
