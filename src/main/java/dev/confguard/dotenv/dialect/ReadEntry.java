package dev.confguard.dotenv.dialect;

/**
 * One binding as a loader reads it. {@code value} is null only for python-dotenv's key without
 * {@code =}; {@code startOffset} is the text offset where the binding's statement starts, equal to
 * the {@code span().start()} of the parser's {@code DotenvLine.Entry} there, or -1 when no entry
 * starts there (a loader that cuts the file into statements differently from the parser).
 */
public record ReadEntry(String key, String value, int startOffset) {
}
