package dev.confguard.source;

import java.util.Arrays;

/**
 * Maps character offsets to 1-based line/column positions. A line break is LF, CRLF or a lone CR,
 * the same breaks the parser recognises, so positions agree everywhere.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int lineCount;
    private final int length;

    private LineIndex(int[] lineStarts, int lineCount, int length) {
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[breaks(text) + 1];
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(starts, count, n);
    }

    /** How many line breaks the text has (CRLF counts once): the array is sized once, never doubled. */
    private static int breaks(CharSequence text) {
        int n = text.length();
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                count++;
            } else if (c == '\r') {
                count++;
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return count;
    }

    /** Number of lines; a text ending with a line break has an empty last line. */
    public int lineCount() {
        return lineCount;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public Position position(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int idx = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    public int lineOf(int offset) {
        return position(offset).line();
    }
}
