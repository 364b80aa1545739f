package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.source.Utf8;

/** Which characters keys may hold, shared by the key rules so they agree with each other. */
final class KeyCharacters {
    private KeyCharacters() {
    }

    /** Letters, digits and underscore: a portable environment variable name character. */
    static boolean isPortable(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Accepted by every loader we model (node's dotenv and dotenv-java take [A-Za-z0-9_.-]). */
    static boolean isAcceptedEverywhere(char c) {
        return isPortable(c) || c == '.' || c == '-';
    }

    /** The entry's key as messages and findings may name it; see {@link #shown(String)}. */
    static String shown(DotenvDocument document, DotenvLine.Entry entry) {
        return shown(document.key(entry));
    }

    /**
     * A key as messages may name it. A line such as {@code DB_PASSWORD:hunter2} has no {@code =}, so the
     * parser reads it (as python-dotenv does) as one key; what follows the first {@code :} is really a
     * value and may be a secret, so it is cut to {@code DB_PASSWORD:…}. Control characters and
     * undecodable bytes are written as escapes so a message never carries a raw terminal sequence.
     */
    static String shown(String key) {
        int colon = key.indexOf(':');
        return visible(colon >= 0 ? key.substring(0, colon + 1) + "\u2026" : key);
    }

    /** {@code s} with C0/C1 control characters written as backslash-u escapes, undecodable bytes as backslash-x. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = null;
            if (Utf8.isEscapedByte(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                escape = String.format("\\x%02X", Utf8.escapedByteValue(c));
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                escape = String.format("\\u%04X", (int) c);
            }
            if (escape != null && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
