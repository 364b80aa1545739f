package dev.confguard.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Patterns#wholeOf} (anchored with {@code ^}) matches whole values exactly as {@link Patterns#anyOf} does. */
class PatternsProperties {
    private static final List<String> OTHER_PATTERNS = List.of("(?m)^x$", "a|b", "", "(?s).*", "\\bword\\b",
            "(?i)ß+", "[0-9]{2,4}");
    private static final List<String> PIECES = List.of("changeme", "Change-Me", "REPLACE_WITH_", "replace me",
            "your-", "YOUR_", "<", ">", "xxx", "XXXX", "todo", "TBD:", "FixMe", "placeholder", " ", "-", "_", ".",
            ":", "\n", "x", "a", "b", "word", "ß", "SS", "12", "é");

    @Property(tries = 3000)
    void matchesWholeValuesLikeTheUnanchoredAlternation(@ForAll("values") String value,
                                                          @ForAll("patternLists") List<String> patterns) {
        assertThat(Patterns.wholeOf(patterns).matches(value)).isEqualTo(Patterns.anyOf(patterns).matches(value));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<String>> patternLists() {
        return Arbitraries.oneOf(Arbitraries.just(NotPlaceholderRule.DEFAULT_PATTERNS),
                Arbitraries.of(OTHER_PATTERNS).list().ofMinSize(1).ofMaxSize(4));
    }
}
