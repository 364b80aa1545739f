package dev.confguard.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shell-style globs over names and hosts: {@code *} any run of characters, {@code ?} one character. */
final class Globs {
    private Globs() {
    }

    static boolean matches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                mark = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    static boolean matchesIgnoreCase(String glob, String text) {
        return matches(glob.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
    }

    /** The globs in lower case, for {@link #anyLowerCase}. */
    static List<String> lowerCase(List<String> globs) {
        List<String> out = new ArrayList<>(globs.size());
        for (String g : globs) {
            out.add(g.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** {@link #anyIgnoreCase} for globs already in lower case: the text is lowered once, not once per glob. */
    static boolean anyLowerCase(List<String> lowerGlobs, String text) {
        if (lowerGlobs.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String g : lowerGlobs) {
            if (matches(g, lower)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyIgnoreCase(Iterable<String> globs, String text) {
        for (String g : globs) {
            if (matchesIgnoreCase(g, text)) {
                return true;
            }
        }
        return false;
    }
}
