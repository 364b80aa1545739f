package dev.confguard.source;

/** A 1-based line and column; columns count UTF-16 code units, as SARIF's default column kind. */
public record Position(int line, int column) {
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }
}
