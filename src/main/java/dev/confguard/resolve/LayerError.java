package dev.confguard.resolve;

/**
 * A layer file that exists but cannot be used: too large, binary, unreadable, or a YAML/JSON file
 * with a fatal problem. {@code file} is the display path; {@code reason} is one line without content.
 */
public record LayerError(String file, String reason) implements CachedFile {

    public String message() {
        return file + ": " + reason;
    }
}
