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

    /**
     * The edit distance of a and b, or {@code limit} as soon as it is certain to be at least that. Only
     * the band of cells within {@code limit} of the diagonal is computed: a cell further off is at least
     * its distance from the diagonal, so it counts as {@code limit}, and every cell is capped there.
     */
    static int distance(String a, String b, int limit) {
        int m = b.length();
        if (limit <= 0 || Math.abs(a.length() - m) >= limit) {
            return limit;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, limit);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit + 1);
            int to = (int) Math.min(m, (long) i + limit - 1);
            cur[0] = Math.min(i, limit);
            if (from > 1) {
                cur[from - 1] = limit;
            }
            int rowMin = from == 1 ? cur[0] : limit;
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(d, limit);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = limit;
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit);
    }
}
