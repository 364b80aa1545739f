package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import java.util.List;

/** Pattern lists compiled as one RE2 alternation, so a value is scanned once however many patterns a rule has. */
final class Patterns {
    private Patterns() {
    }

    /** One pattern matching what any of {@code sources} matches (each already known to compile); null for none. */
    static Pattern anyOf(List<String> sources) {
        return sources.isEmpty() ? null : Pattern.compile(alternation(sources));
    }

    /**
     * As {@link #anyOf}, for {@link Pattern#matches} only: anchored at the start with {@code ^}, which
     * {@code matches} implies anyway, because RE2 then stops at the first character no alternative
     * accepts; unanchored, it walks on to the end of the value with nothing left to match.
     */
    static Pattern wholeOf(List<String> sources) {
        return sources.isEmpty() ? null : Pattern.compile("^(?:" + alternation(sources) + ")");
    }

    private static String alternation(List<String> sources) {
        StringBuilder all = new StringBuilder();
        for (String s : sources) {
            if (all.length() > 0) {
                all.append('|');
            }
            all.append("(?:").append(s).append(')');
        }
        return all.toString();
    }
}
