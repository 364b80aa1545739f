package dev.confguard.errors;

import java.util.Collection;

/** "Did you mean" suggestions by edit distance. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The closest candidate within a third of the word's length (at least 2 edits), or null. Candidates
     * whose length alone puts them out of reach are skipped, and a distance stops as soon as it cannot beat
     * the best so far, so thousands of candidates stay cheap.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int bestDistance = Math.max(2, word.length() / 3) + 1;
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) >= bestDistance) {
                continue;
            }
            int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** A "; did you mean 'x'?" suffix, or an empty string. */
    public static String suggestion(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }

    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /** The edit distance of a and b, or {@code limit} as soon as it is certain to be at least that. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }
}
