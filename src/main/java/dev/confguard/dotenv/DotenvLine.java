package dev.confguard.dotenv;

import dev.confguard.source.TextRange;

/**
 * One statement of a {@code .env} file: usually one physical line, several for a multi-line quoted
 * value. Statements tile the document: each {@link #span()} starts where the previous one ended.
 *
 * <p>A statement keeps its parts as {@code int} offsets and makes each {@link TextRange} when asked:
 * a million-line file then holds a million small objects instead of seven million (issue 8).
 * Ranges are values: two calls give equal ranges, not the same object. A document holds its statements
 * in arrays and makes each statement (and an entry's value) when asked for: statements too are values.
 */
public sealed interface DotenvLine permits DotenvLine.Blank, DotenvLine.Comment, DotenvLine.Entry, DotenvLine.Invalid {

    /** The whole statement, including its line break. */
    TextRange span();

    /** The terminating line break (LF, CRLF or CR); empty at the end of the file. */
    TextRange lineEnding();

    /** A line holding only spaces or tabs (or nothing). */
    final class Blank implements DotenvLine {
        private final int start;
        private final int eol;
        private final int end;

        Blank(int start, int eol, int end) {
            this.start = start;
            this.eol = eol;
            this.end = end;
        }

        @Override
        public TextRange span() {
            return TextRange.of(start, end);
        }

        public TextRange whitespace() {
            return TextRange.of(start, eol);
        }

        @Override
        public TextRange lineEnding() {
            return TextRange.of(eol, end);
        }

        @Override
        public String toString() {
            return "Blank[span=" + span() + "]";
        }
    }

    /** A full-line comment; {@code comment} starts at the {@code #}. */
    final class Comment implements DotenvLine {
        private final int start;
        private final int hash;
        private final int eol;
        private final int end;

        Comment(int start, int hash, int eol, int end) {
            this.start = start;
            this.hash = hash;
            this.eol = eol;
            this.end = end;
        }

        @Override
        public TextRange span() {
            return TextRange.of(start, end);
        }

        public TextRange indent() {
            return TextRange.of(start, hash);
        }

        public TextRange comment() {
            return TextRange.of(hash, eol);
        }

        @Override
        public TextRange lineEnding() {
            return TextRange.of(eol, end);
        }

        @Override
        public String toString() {
            return "Comment[span=" + span() + "]";
        }
    }

    /**
     * {@code [indent][export ]KEY[ ]=[ ]VALUE[ ][# comment]}. {@code export}, {@code delimiter},
     * {@code comment} and {@code trailing} are null when absent; {@code trailing} holds any text after
     * a closing quote that is neither whitespace nor a comment. A comment always runs to the line break.
     */
    final class Entry implements DotenvLine {
        private final int start;
        private final int indentEnd;
        private final boolean export;
        private final int keyStart;
        private final int keyEnd;
        /** Offset of the {@code =}, or -1. */
        private final int equals;
        /** The value's parts, made into a {@link DotenvValue} when asked for. */
        private final int rawStart;
        private final int rawEnd;
        private final QuoteStyle quote;
        private final boolean terminated;
        /** Offset of the comment's {@code #}, or -1. */
        private final int commentStart;
        /** The trailing text, or -1 for both. */
        private final int trailingStart;
        private final int trailingEnd;
        private final int eol;
        private final int end;

        Entry(int start, int indentEnd, boolean export, int keyStart, int keyEnd, int equals, int rawStart, int rawEnd,
              QuoteStyle quote, boolean terminated, int commentStart, int trailingStart, int trailingEnd, int eol,
              int end) {
            this.start = start;
            this.indentEnd = indentEnd;
            this.export = export;
            this.keyStart = keyStart;
            this.keyEnd = keyEnd;
            this.equals = equals;
            this.rawStart = rawStart;
            this.rawEnd = rawEnd;
            this.quote = quote;
            this.terminated = terminated;
            this.commentStart = commentStart;
            this.trailingStart = trailingStart;
            this.trailingEnd = trailingEnd;
            this.eol = eol;
            this.end = end;
        }

        @Override
        public TextRange span() {
            return TextRange.of(start, end);
        }

        public TextRange indent() {
            return TextRange.of(start, indentEnd);
        }

        /** The {@code export} keyword, or null. */
        public TextRange export() {
            return export ? TextRange.of(indentEnd, indentEnd + 6) : null;
        }

        public TextRange key() {
            return TextRange.of(keyStart, keyEnd);
        }

        /** The {@code =}, or null. */
        public TextRange delimiter() {
            return equals < 0 ? null : TextRange.of(equals, equals + 1);
        }

        public DotenvValue value() {
            return new DotenvValue(rawStart, rawEnd, quote, terminated);
        }

        /** From the {@code #} to the line break, or null. */
        public TextRange comment() {
            return commentStart < 0 ? null : TextRange.of(commentStart, eol);
        }

        /** Text after a closing quote that is neither whitespace nor a comment, or null. */
        public TextRange trailing() {
            return trailingStart < 0 ? null : TextRange.of(trailingStart, trailingEnd);
        }

        @Override
        public TextRange lineEnding() {
            return TextRange.of(eol, end);
        }

        public boolean hasDelimiter() {
            return equals >= 0;
        }

        @Override
        public String toString() {
            return "Entry[span=" + span() + ", key=" + key() + ", value=" + value() + "]";
        }
    }

    /** A line the parser could not read as any of the above; {@code reason} says why. */
    final class Invalid implements DotenvLine {
        private final int start;
        private final int contentStart;
        private final int eol;
        private final int end;
        private final String reason;

        Invalid(int start, int contentStart, int eol, int end, String reason) {
            this.start = start;
            this.contentStart = contentStart;
            this.eol = eol;
            this.end = end;
            this.reason = reason;
        }

        @Override
        public TextRange span() {
            return TextRange.of(start, end);
        }

        public TextRange content() {
            return TextRange.of(contentStart, eol);
        }

        public String reason() {
            return reason;
        }

        @Override
        public TextRange lineEnding() {
            return TextRange.of(eol, end);
        }

        @Override
        public String toString() {
            return "Invalid[span=" + span() + ", reason=" + reason + "]";
        }
    }
}
