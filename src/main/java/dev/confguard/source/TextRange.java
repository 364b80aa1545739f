package dev.confguard.source;

/**
 * A half-open span [start, end) of character offsets into a source's decoded text.
 * Offsets are cheap to keep on every node; {@link LineIndex} turns them into positions on demand.
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    public static TextRange empty(int at) {
        return new TextRange(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String slice(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
