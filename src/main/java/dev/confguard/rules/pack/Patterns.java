package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import java.util.List;

/** Pattern lists compiled as one RE2 alternation, so a value is scanned once however many patterns a rule has. */
final class Patterns {
    private Patterns() {
    }

    /** One pattern matching what any of {@code sources} matches (each already known to compile); null for none. */
    static Pattern anyOf(List<String> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        for (String s : sources) {
            if (all.length() > 0) {
                all.append('|');
            }
            all.append("(?:").append(s).append(')');
        }
        return Pattern.compile(all.toString());
    }
}
