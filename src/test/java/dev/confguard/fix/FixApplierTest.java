package dev.confguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixApplierTest {

    @Test
    void appliesFixesInTextOrderWhateverOrderTheyCome() {
        FixApplier.Round round = FixApplier.apply("A=1  \nB = 2\n", List.of(
                Fix.safe("b", Edit.delete(7, 8)), Fix.safe("a", Edit.delete(3, 5)), Fix.safe("c", Edit.delete(9, 10))));
        assertThat(round.text()).isEqualTo("A=1\nB=2\n");
        assertThat(round.applied()).isEqualTo(3);
    }

    @Test
    void anOverlappingFixWaitsForTheNextRoundAndTheFirstWins() {
        Fix blankLine = Fix.safe("delete the line", Edit.delete(4, 7));
        Fix trailing = Fix.safe("delete the whitespace", Edit.delete(4, 6));
        FixApplier.Round round = FixApplier.apply("A=1\n  \nB=2\n", List.of(blankLine, trailing));
        assertThat(round.text()).isEqualTo("A=1\n\nB=2\n");
        assertThat(round.taken()).containsExactly(trailing);
        assertThat(round.applied()).isEqualTo(1);
    }

    @Test
    void aFixAppliesWholeOrNotAtAll() {
        Fix first = Fix.safe("x", Edit.delete(0, 2));
        Fix both = Fix.unsafe("y", Edit.insert(5, "\""), Edit.delete(1, 3));
        FixApplier.Round round = FixApplier.apply("abcdefg", List.of(first, both));
        assertThat(round.text()).isEqualTo("cdefg");
        assertThat(round.taken()).containsExactly(first);
    }

    @Test
    void identicalFixesCountAsAppliedTogether() {
        FixApplier.Round round = FixApplier.apply("a  \n", List.of(Fix.safe("x", Edit.delete(1, 3)),
                Fix.safe("x", Edit.delete(1, 3))));
        assertThat(round.text()).isEqualTo("a\n");
        assertThat(round.applied()).isEqualTo(2);
    }

    @Test
    void twoInsertionsAtOneOffsetOverlapButAnInsertionMayTouchADeletion() {
        FixApplier.Round inserts = FixApplier.apply("ab", List.of(Fix.safe("x", Edit.insert(1, "X")),
                Fix.safe("y", Edit.insert(1, "Y"))));
        assertThat(inserts.text()).isEqualTo("aXb");
        FixApplier.Round touching = FixApplier.apply("abc", List.of(Fix.safe("x", Edit.delete(1, 2)),
                Fix.safe("y", Edit.insert(1, "Y")), Fix.safe("z", Edit.insert(2, "Z"))));
        assertThat(touching.text()).isEqualTo("aYZc");
        assertThat(touching.applied()).isEqualTo(3);
    }

    @Test
    void invalidBytesSurviveTheRoundTrip() {
        byte[] bytes = {'A', '=', (byte) 0xFF, ' ', ' ', '\n'};
        SourceFile source = SourceFile.of(null, ".env", bytes);
        FixApplier.Round round = FixApplier.apply(source.text(), List.of(Fix.safe("x", Edit.delete(3, 5))));
        assertThat(round.bytes()).containsExactly('A', '=', (byte) 0xFF, '\n');
    }
}
