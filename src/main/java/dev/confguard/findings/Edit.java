package dev.confguard.findings;

/** Replace the characters [start, end) of a file's decoded text with {@code replacement}. */
public record Edit(int start, int end, String replacement) {
    public Edit {
        if (start < 0 || end < start || replacement == null) {
            throw new IllegalArgumentException("bad edit " + start + ".." + end);
        }
    }

    public static Edit delete(int start, int end) {
        return new Edit(start, end, "");
    }

    public static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }
}
