package dev.confguard.rules.dotenv;

/**
 * Counts a text's line endings (LF, CRLF and lone CR, the breaks the parser knows) and names the
 * dominant one, so mixed-line-endings converts to the same ending that missing-final-newline adds.
 */
final class LineEndings {
    static final int LF = 0;
    static final int CRLF = 1;
    static final int CR = 2;
    private static final String[] TEXT = {"\n", "\r\n", "\r"};
    private static final String[] NAMES = {"LF", "CRLF", "CR"};

    private LineEndings() {
    }

    static int[] count(String text) {
        int[] counts = new int[3];
        for (int i = 0; i < text.length(); i++) {
            int kind = kindAt(text, i);
            if (kind >= 0) {
                counts[kind]++;
                if (kind == CRLF) {
                    i++;
                }
            }
        }
        return counts;
    }

    /** The most frequent ending; ties go to LF, then CRLF; LF for a text without line breaks. */
    static int dominant(int[] counts) {
        return counts[CRLF] > counts[LF] ? (counts[CRLF] >= counts[CR] ? CRLF : CR) : (counts[LF] >= counts[CR] ? LF : CR);
    }

    /** LF, CRLF or CR at offset {@code i}, or -1 when no line ending starts there. */
    static int kindAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return LF;
        }
        if (c == '\r') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? CRLF : CR;
        }
        return -1;
    }

    static String text(int kind) {
        return TEXT[kind];
    }

    static String name(int kind) {
        return NAMES[kind];
    }
}
