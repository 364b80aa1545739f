package dev.confguard.secrets.gcp;

/** Keeps messages on one line: a name with a line break would split an error into lines a reader misparses. */
final class Messages {
    private static final int MAX_QUOTED = 200;

    private Messages() {
    }

    /** {@code text} with every control character (line breaks included) replaced by {@code ?}. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    /** Input echoed back in a message: on one line and cut to a length that fits a terminal. */
    static String quote(String text) {
        return text.length() > MAX_QUOTED ? oneLine(text.substring(0, MAX_QUOTED)) + "..." : oneLine(text);
    }
}
