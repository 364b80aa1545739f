package dev.confguard.resolve;

/**
 * Where one layer set a key: the value as written there (for an empty value, the key), so reports can
 * point at the very text that won or was overridden. {@code file} is shown relative to the working
 * directory; positions are 1-based, columns in UTF-16 units, the end exclusive. {@code layerIndex} is
 * the position of {@code layerPattern} in the workspace hierarchy (0 = lowest precedence).
 */
public record ValueOrigin(String file, int line, int column, int endLine, int endColumn, int layerIndex,
                          String layerPattern) {

    /** {@code file:line:column}, for messages. */
    public String location() {
        return file + ":" + line + ":" + column;
    }
}
