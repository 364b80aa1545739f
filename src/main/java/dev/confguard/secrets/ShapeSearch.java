package dev.confguard.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The leftmost match among some shapes in one value, each shape searched with its own RE2 pattern:
 * the earliest start wins, and at one start the shape listed first, as in an alternation of them all.
 * Each shape's last match is kept: while it starts at or after the next search's start, it is still
 * that shape's leftmost match there, and RE2 is not asked again.
 */
final class ShapeSearch {
    /** A shape's pattern, compiled once. */
    static final class Compiled {
        private final Pattern pattern;

        Compiled(SecretShape shape) {
            this.pattern = Pattern.compile(shape.pattern());
        }
    }

    private static final int UNKNOWN = -2;
    private static final int NONE = -1;

    private final Compiled[] compiled;
    private final int[] which;
    private final String value;
    private final Matcher[] matchers;
    /** Per candidate: the start of its last match, {@link #UNKNOWN} before the first search, {@link #NONE} when exhausted. */
    private final int[] starts;
    private final int[] ends;

    /** A search among the shapes {@code which} (indices into {@code compiled}, ascending) in {@code value}. */
    ShapeSearch(Compiled[] compiled, int[] which, String value) {
        this.compiled = compiled;
        this.which = which;
        this.value = value;
        this.matchers = new Matcher[which.length];
        this.starts = new int[which.length];
        this.ends = new int[which.length];
        java.util.Arrays.fill(starts, UNKNOWN);
    }

    /** The candidate (an index into {@code which}) whose match at or after {@code from} is leftmost, or -1. */
    int leftmost(int from) {
        int best = -1;
        for (int k = 0; k < which.length; k++) {
            if (starts[k] == UNKNOWN || starts[k] != NONE && starts[k] < from) {
                search(k, from);
            }
            if (starts[k] != NONE && (best < 0 || starts[k] < starts[best])) {
                best = k;
            }
        }
        return best;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    private void search(int k, int from) {
        if (matchers[k] == null) {
            matchers[k] = compiled[which[k]].pattern.matcher(value);
        }
        Matcher m = matchers[k];
        if (m.find(from)) {
            starts[k] = m.start();
            ends[k] = m.end();
        } else {
            starts[k] = NONE;
        }
    }
}
