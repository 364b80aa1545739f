package dev.confguard.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SpellingProperties {

    @Property(tries = 3000)
    void theBoundedDistanceIsTheDistanceCappedAtTheLimit(@ForAll @AlphaChars @StringLength(max = 12) String a,
                                                         @ForAll @AlphaChars @StringLength(max = 12) String b,
                                                         @ForAll @IntRange(min = 1, max = 14) int limit) {
        assertThat(Spelling.distance(a, b, limit)).isEqualTo(Math.min(Spelling.distance(a, b), limit));
    }

    @Property(tries = 5000)
    void theBandedDistanceIsThePlainDistanceCapped(@ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c', '-'}) String a,
                                                   @ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c', '-'}) String b,
                                                   @ForAll @IntRange(min = -1, max = 16) int limit) {
        assertThat(Spelling.distance(a, b, limit)).isEqualTo(Math.min(plainDistance(a, b), limit));
        assertThat(Spelling.distance(a, b)).isEqualTo(plainDistance(a, b));
    }

    /** The whole Wagner-Fischer table, no band, no cap: what the banded distance must agree with. */
    private static int plainDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Property(tries = 1000)
    void closestFindsTheSameAsAFullScan(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String word,
                                        @ForAll List<@AlphaChars @StringLength(max = 12) String> candidates) {
        String best = null;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int bestDistance = Math.max(2, word.length() / 3) + 1;
        for (String c : candidates) {
            int d = Spelling.distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        assertThat(Spelling.closest(word, candidates)).isEqualTo(best);
    }
}
