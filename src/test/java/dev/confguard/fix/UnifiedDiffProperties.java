package dev.confguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Patching the old text with the diff gives the new text, and every hunk's numbers add up. */
class UnifiedDiffProperties {

    @Property(tries = 2000)
    void theDiffPatchesTheOldTextIntoTheNew(@ForAll("texts") String before, @ForAll("texts") String after) {
        assertThat(UnifiedDiffTest.patch(before, UnifiedDiff.of("f", before, after))).isEqualTo(after);
    }

    @Provide
    Arbitrary<String> texts() {
        // Few distinct lines, so that most lines match somewhere and the script has work to do.
        return Arbitraries.of("A=1\n", "B=2\n", "\n", "# c\n", "A=1\r\n", "C=3", "A=1").list().ofMaxSize(25)
                .map(lines -> String.join("", lines));
    }
}
