package dev.confguard.findings;

import java.util.List;

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

    /** {@code text} with {@code edits} applied; they must be in text order and must not overlap. */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (Edit edit : edits) {
            if (edit.start < copied || edit.end > text.length()) {
                throw new IllegalArgumentException("edits out of order or overlapping at " + edit.start);
            }
            out.append(text, copied, edit.start).append(edit.replacement);
            copied = edit.end;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
