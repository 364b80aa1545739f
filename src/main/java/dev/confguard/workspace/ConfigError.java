package dev.confguard.workspace;

/**
 * One thing wrong with a workspace configuration, at a 1-based line and column of {@code file} (as
 * reports show it). Line and column are 0 when the problem has no place in the file (it is missing).
 */
public record ConfigError(String file, int line, int column, String message) {

    /** {@code file:line:col: message}, or {@code file: message} without a position. */
    public String format() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
