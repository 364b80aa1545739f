package dev.confguard.dotenv;

/** How a value is quoted. */
public enum QuoteStyle {
    NONE(0), SINGLE('\''), DOUBLE('"'), BACKTICK('`');

    private final char mark;

    QuoteStyle(int mark) {
        this.mark = (char) mark;
    }

    public char mark() {
        return mark;
    }

    static QuoteStyle of(char c) {
        switch (c) {
            case '\'':
                return SINGLE;
            case '"':
                return DOUBLE;
            case '`':
                return BACKTICK;
            default:
                return NONE;
        }
    }
}
