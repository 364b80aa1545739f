package dev.confguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FindingTable} holds lint's findings compactly; it must give back exactly the findings, in
 * exactly the order, that the list it replaces gives: {@link DocumentLinter#lint} (every finding as a
 * record, directives filtered, then a stable sort by {@link Finding#ORDER}).
 */
class FindingTableTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.builtin();

    private static DocumentLinter linter(List<String> select) {
        return new DocumentLinter(RuleSelection.ofDocumentRules(REGISTRY, select, List.of()), REGISTRY.ids());
    }

    @Test
    void givesTheFindingsTheListGaveInTheSameOrder() {
        String[] lines = {"A=1", "A=2", "b=two words", " C = 3  ", "export D=\"x\\n\"", "E=${", "F", "1G.x=é",
            "H=\"a\" tail", "# confguard-disable-next-line dotenv/lowercase-key", "lower=1", "K\u0007=\u0001",
            "KÉY=1", "L=\u00a0x\u00a0", "# confguard-disable dotenv/trailing-whitespace", "M=1 ", "# confguard-enable",
            "N='x", "O=`y`", "P=\"z", "", "", "Q=\ud83d\ude00 x", "__proto__=1", "R:secret"};
        SplittableRandom rng = new SplittableRandom(7);
        for (int file = 0; file < 20; file++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append(lines[rng.nextInt(lines.length)]).append(rng.nextInt(9) == 0 ? "\r\n" : "\n");
            }
            DotenvDocument doc = DotenvParser.parse(SourceFile.ofText("svc/.env", text.toString()));
            for (List<String> select : List.of(List.<String>of(), List.of("dotenv", "dotenv/unordered-key"))) {
                DocumentLinter linter = linter(select);
                List<Finding> expected = linter.lint(doc);
                assertThat(expected).isNotEmpty();
                assertThat(FindingTable.view(List.of(linter.lintToTable(doc)))).containsExactlyElementsOf(expected);
            }
        }
    }

    /** A folder holds thousands of files: one with a few findings keeps a few KB, one with many what it needs. */
    @Test
    void aTableHoldsAboutWhatItsFindingsNeed() {
        FindingTable small = new FindingTable("f");
        for (int i = 0; i < 5; i++) {
            small.add(new Finding("a/rule", Severity.WARNING, "the value of KEY_" + i + " needs no quotes", "f", i + 1, 1,
                    i + 1, 5, "KEY_" + i, null, null, null, List.of()));
        }
        assertThat(small.retainedBytes()).isLessThan(12_000);
        FindingTable large = new FindingTable("f");
        for (int i = 0; i < 200_000; i++) {
            large.add(new Finding("a/rule", Severity.WARNING, "the value of KEY_" + i + " needs no quotes", "f", i + 1, 1,
                    i + 1, 5, "KEY_" + i, null, null, null, List.of()));
        }
        // 7 ints a row and ~45 bytes of text: about 73 bytes a finding, pages at most half empty
        assertThat(large.retainedBytes()).isBetween(200_000L * 70, 200_000L * 120);
    }

    @Test
    void tiesKeepTheOrderTheyWereAddedInAndUnusualFindingsComeBackWhole() {
        List<Finding> added = new ArrayList<>();
        Fix fix = Fix.unsafe("do it", Edit.delete(0, 1));
        added.add(new Finding("b/rule", Severity.WARNING, "same", "f", 2, 1, 2, 4, "K", null, null, null, List.of()));
        added.add(new Finding("b/rule", Severity.ERROR, "same", "f", 2, 1, 2, 9, null, null, null, null, List.of()));
        added.add(new Finding("a/rule", Severity.INFO, "zeta", "f", 2, 1, 3, 1, "K", null, null, null, List.of()));
        added.add(new Finding("a/rule", Severity.INFO, "alpha \u20ac", "f", 2, 1, 3, 1, "\u20ac", null, null, null, List.of()));
        added.add(new Finding("a/rule", Severity.WARNING, "fixed", "f", 1, 7, 1, 8, "K", null, null, fix, List.of()));
        added.add(new Finding("a/rule", Severity.WARNING, "x".repeat(20_000), "f", 1, 7, 1, 8, "K", "svc", "prod", null,
                List.of()));
        added.add(new Finding("a/rule", Severity.WARNING, "", "f", 1, 1, 1, 1, "", null, null, null, List.of()));
        FindingTable table = new FindingTable("f");
        added.forEach(table::add);
        table.sort();
        List<Finding> expected = new ArrayList<>(added);
        expected.sort(Finding.ORDER);
        List<Finding> view = FindingTable.view(List.of(table));
        assertThat(view).containsExactlyElementsOf(expected);
        assertThat(view.get(2)).isSameAs(added.get(5)); // kept whole: it has a service and an environment
        for (Severity s : Severity.values()) {
            assertThat(((FindingTable.View) view).count(s)).isEqualTo(expected.stream().filter(f -> f.severity() == s).count());
        }
        assertThat(((FindingTable.View) view).failsAt(Severity.ERROR)).isTrue();
    }
}
