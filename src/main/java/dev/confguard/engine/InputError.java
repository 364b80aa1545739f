package dev.confguard.engine;

/** An input that could not be used: the path as the user wrote it and a one-line reason. */
public record InputError(String path, String reason) {
    public String message() {
        return path + ": " + reason;
    }
}
