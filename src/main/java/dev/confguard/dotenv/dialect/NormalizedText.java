package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.source.Utf8;

/**
 * The text as python-dotenv and node's dotenv see it: CRLF and a lone CR become LF (Python's
 * universal newlines, node's {@code /\r\n?/g}), with a map back to document offsets so readings can
 * point at the parser's statements.
 */
final class NormalizedText {
    private final String text;
    /** Document offset of each normalized position; null when the text needed no change. */
    private final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /**
     * {@code replaceInvalidBytes} turns each escaped invalid byte into U+FFFD, as node's
     * {@code buf.toString()} does (node makes one U+FFFD per maximal invalid subsequence, we make one
     * per byte; only the count of U+FFFD in a value can differ).
     */
    static NormalizedText of(DotenvDocument document, boolean replaceInvalidBytes) {
        String source = document.text();
        // An escaped invalid byte is in the text only where the decoder put one, and it says where.
        if (source.indexOf('\r') < 0 && (!replaceInvalidBytes || document.source().invalidByteOffsets().isEmpty())) {
            // the usual case (LF endings, valid UTF-8): the text itself, and offsets map to themselves
            return new NormalizedText(source, null);
        }
        return of(source, replaceInvalidBytes);
    }

    static NormalizedText of(String source, boolean replaceInvalidBytes) {
        int n = source.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            origin[out.length()] = i;
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (replaceInvalidBytes && Utf8.isEscapedByte(c)
                    && !(i > 0 && Character.isHighSurrogate(source.charAt(i - 1)))) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        origin[out.length()] = n;
        return new NormalizedText(out.toString(), origin);
    }

    String text() {
        return text;
    }

    /** The document offset of the start of the physical line holding normalized position {@code at}. */
    int lineStart(int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return origin == null ? i : origin[i];
    }
}
