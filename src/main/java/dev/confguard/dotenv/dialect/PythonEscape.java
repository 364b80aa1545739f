package dev.confguard.dotenv.dialect;

import java.util.function.Consumer;

/**
 * The backslash escapes python-dotenv decodes: all of them inside double quotes, only {@code \\} and
 * {@code \'} inside single quotes; any other backslash stays as typed. Shared by the reader and by
 * rules that explain what it expanded.
 */
public enum PythonEscape {
    BACKSLASH('\\', '\\', "one backslash"),
    SINGLE_QUOTE('\'', '\'', "a quote"),
    DOUBLE_QUOTE('"', '"', "a quote"),
    BELL('a', (char) 0x07, "a bell character"),
    BACKSPACE('b', '\b', "a backspace"),
    FORM_FEED('f', '\f', "a form feed"),
    NEWLINE('n', '\n', "a newline"),
    CARRIAGE_RETURN('r', '\r', "a carriage return"),
    TAB('t', '\t', "a tab"),
    VERTICAL_TAB('v', (char) 0x0B, "a vertical tab");

    /** A listener for {@link #decode} that ignores the escapes (a class, not a lambda: no bootstrap at start-up). */
    public static final Consumer<PythonEscape> IGNORE = new Consumer<>() {
        @Override
        public void accept(PythonEscape escape) {
            // nothing to note
        }
    };

    private final char letter;
    private final char decoded;
    private final String meaning;

    PythonEscape(char letter, char decoded, String meaning) {
        this.letter = letter;
        this.decoded = decoded;
        this.meaning = meaning;
    }

    /** The escape as typed, e.g. {@code \n}. */
    public String typed() {
        return "\\" + letter;
    }

    /** What the escape stands for, in words ("a newline"). */
    public String meaning() {
        return meaning;
    }

    /** The escape {@code \c} stands for, or null when python-dotenv keeps {@code \c} as typed. */
    public static PythonEscape of(char c, boolean singleQuoted) {
        if (singleQuoted) {
            return c == '\\' ? BACKSLASH : c == '\'' ? SINGLE_QUOTE : null;
        }
        for (PythonEscape escape : values()) {
            if (escape.letter == c) {
                return escape;
            }
        }
        return null;
    }

    /**
     * Decodes the text between the quotes left to right ({@code re.sub} over {@code \\[\\'"abfnrtv]}
     * or {@code \\[\\']}), telling {@code used} about each escape it expands.
     */
    public static String decode(String raw, boolean singleQuoted, Consumer<PythonEscape> used) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            PythonEscape escape = c == '\\' && i + 1 < raw.length() ? of(raw.charAt(i + 1), singleQuoted) : null;
            if (escape != null) {
                out.append(escape.decoded);
                used.accept(escape);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
