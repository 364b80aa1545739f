package dev.confguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of(".env", "A=1\n", "A=1\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithThreeLinesOfContextEachSide() {
        String before = "1\n2\n3\n4\nA=1  \n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nA=1\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.of("svc/.env", before, after)).isEqualTo(
                "--- a/svc/.env\n+++ b/svc/.env\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-A=1  \n+A=1\n 6\n 7\n 8\n");
    }

    @Test
    void changesFarApartMakeTwoHunksAndCloseOnesShareOne() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        assertThat(UnifiedDiff.of("f", before, before.replace("a\n", "A\n").replace("l\n", "L\n")))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n");
        assertThat(UnifiedDiff.of("f", before, before.replace("a\n", "A\n").replace("h\n", "H\n")))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,11 +1,11 @@\n-a\n+A\n b\n c\n d\n e\n f\n g\n-h\n+H\n i\n j\n k\n");
    }

    @Test
    void deletedAndInsertedLinesAndEmptySides() {
        assertThat(UnifiedDiff.of("f", "A=1\n\n\nB=2\n", "A=1\n\nB=2\n"))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,4 +1,3 @@\n A=1\n \n-\n B=2\n");
        assertThat(UnifiedDiff.of("f", "", "A=1\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+A=1\n");
        assertThat(UnifiedDiff.of("f", "A=1\n", "")).isEqualTo("--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-A=1\n");
    }

    @Test
    void aMissingFinalNewlineIsMarked() {
        assertThat(UnifiedDiff.of("f", "A=1\nB=2", "A=1\nB=2\n")).isEqualTo(
                "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n A=1\n-B=2\n\\ No newline at end of file\n+B=2\n");
    }

    @Test
    void aCarriageReturnStaysPartOfItsLine() {
        assertThat(UnifiedDiff.of("f", "A=1\r\nB=2\n", "A=1\nB=2\n"))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-A=1\r\n+A=1\n B=2\n");
    }

    @Test
    void aHugeDifferenceStillGivesACorrectDiff() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 3 * UnifiedDiff.MAX_DIFFERENCES; i++) {
            before.append("K").append(i).append("=1\r\n");
            after.append("K").append(i).append("=1\n");
        }
        String diff = UnifiedDiff.of("f", before.toString(), after.toString());
        assertThat(UnifiedDiffTest.patch(before.toString(), diff)).isEqualTo(after.toString());
    }

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

    /** Applies a diff written by UnifiedDiff, checking every context and deleted line against {@code before}. */
    static String patch(String before, String diff) {
        if (diff.isEmpty()) {
            return before;
        }
        List<String> a = UnifiedDiff.lines(before);
        List<String> out = new ArrayList<>();
        String[] rows = diff.split("\n", -1);
        int next = 0;
        int i = 2;
        while (i < rows.length && !rows[i].isEmpty()) {
            Matcher m = HUNK.matcher(rows[i]);
            if (!m.matches()) {
                throw new AssertionError("not a hunk header: " + rows[i]);
            }
            int aStart = Integer.parseInt(m.group(1));
            int aCount = Integer.parseInt(m.group(2));
            int bCount = Integer.parseInt(m.group(4));
            int first = aCount == 0 ? aStart : aStart - 1;
            while (next < first) {
                out.add(a.get(next++));
            }
            i++;
            int seenA = 0;
            int seenB = 0;
            while (i < rows.length && !rows[i].startsWith("@@") && !rows[i].isEmpty()) {
                char kind = rows[i].charAt(0);
                String line = rows[i].substring(1);
                boolean noNewline = i + 1 < rows.length && rows[i + 1].equals("\\ No newline at end of file");
                String text = noNewline ? line : line + "\n";
                if (kind == ' ' || kind == '-') {
                    assertLine(a.get(next), text);
                    next++;
                    seenA++;
                }
                if (kind == ' ' || kind == '+') {
                    out.add(text);
                    seenB++;
                }
                i += noNewline ? 2 : 1;
            }
            if (seenA != aCount || seenB != bCount) {
                throw new AssertionError("hunk counts " + aCount + "," + bCount + " but lines " + seenA + "," + seenB);
            }
        }
        while (next < a.size()) {
            out.add(a.get(next++));
        }
        return String.join("", out);
    }

    private static void assertLine(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new AssertionError("context mismatch: " + actual + " vs " + expected);
        }
    }
}
