package dev.confguard.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SpellingProperties {

    @Property(tries = 3000)
    void theBoundedDistanceIsTheDistanceCappedAtTheLimit(@ForAll @AlphaChars @StringLength(max = 12) String a,
                                                         @ForAll @AlphaChars @StringLength(max = 12) String b,
                                                         @ForAll @IntRange(min = 1, max = 14) int limit) {
        assertThat(Spelling.distance(a, b, limit)).isEqualTo(Math.min(Spelling.distance(a, b), limit));
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
