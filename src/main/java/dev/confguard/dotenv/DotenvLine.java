package dev.confguard.dotenv;

import dev.confguard.source.TextRange;

/**
 * One statement of a {@code .env} file: usually one physical line, several for a multi-line quoted
 * value. Statements tile the document: each {@link #span()} starts where the previous one ended.
 */
public sealed interface DotenvLine permits DotenvLine.Blank, DotenvLine.Comment, DotenvLine.Entry, DotenvLine.Invalid {

    /** The whole statement, including its line break. */
    TextRange span();

    /** The terminating line break (LF, CRLF or CR); empty at the end of the file. */
    TextRange lineEnding();

    /** A line holding only spaces or tabs (or nothing). */
    record Blank(TextRange span, TextRange whitespace, TextRange lineEnding) implements DotenvLine {
    }

    /** A full-line comment; {@code comment} starts at the {@code #}. */
    record Comment(TextRange span, TextRange indent, TextRange comment, TextRange lineEnding) implements DotenvLine {
    }

    /**
     * {@code [indent][export ]KEY[ ]=[ ]VALUE[ ][# comment]}. {@code export}, {@code delimiter},
     * {@code comment} and {@code trailing} are null when absent; {@code trailing} holds any text after
     * a closing quote that is neither whitespace nor a comment.
     */
    record Entry(
            TextRange span,
            TextRange indent,
            TextRange export,
            TextRange key,
            TextRange delimiter,
            DotenvValue value,
            TextRange comment,
            TextRange trailing,
            TextRange lineEnding) implements DotenvLine {

        public boolean hasDelimiter() {
            return delimiter != null;
        }
    }

    /** A line the parser could not read as any of the above; {@code reason} says why. */
    record Invalid(TextRange span, TextRange content, String reason, TextRange lineEnding) implements DotenvLine {
    }
}
