package dev.confguard.report;

/** How values are written for people (every invisible character made visible) and as .env text. */
public final class Quoting {
    private Quoting() {
    }

    /** A double-quoted, escaped form: a trailing newline shows as {@code \n}, a tab as {@code \t}. */
    public static String quoted(String value) {
        if (value == null) {
            return "(unset)";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F || (c >= 0xDC80 && c <= 0xDCFF)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A value as a .env line that python-dotenv, node's dotenv and dotenv-java all read back the same
     * where that is possible: bare when plain, double quotes when nothing inside needs escaping, single
     * quotes next, escaped double quotes last (dotenv-java then keeps the backslashes).
     */
    static String dotenv(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = Character.isLetterOrDigit(c) || "_-./:@+,%=".indexOf(c) >= 0;
        }
        if (plain) {
            return value;
        }
        boolean newline = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!newline && value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
            return "\"" + value + "\"";
        }
        if (!newline && value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        return quoted(value);
    }
}
