package dev.confguard.rules.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confguard.engine.DocumentLinter;
import dev.confguard.findings.Finding;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Messages of dotenv/dialect-divergence (the fixtures check where it fires) and its cost on large files. */
class DialectDivergenceRuleTest {
    private static final String RULE = "dotenv/dialect-divergence";

    @Test
    void describesEachLoadersReadingInWords() {
        List<String> messages = messages("A='single'\nB=abc#def\nC=\"a\\nb\"\nD=\"a\\tb\"\nE=`tick`\n");
        assertThat(messages).containsExactly(
                "1: loaders read A differently: python-dotenv and node-dotenv read 6 characters, "
                        + "dotenv-java keeps the single quotes (8 characters)",
                "2: loaders read B differently: python-dotenv reads 7 characters, "
                        + "node-dotenv and dotenv-java cut the value at '#' (3 characters)",
                "3: loaders read C differently: python-dotenv and node-dotenv expand \\n to a newline, "
                        + "dotenv-java keeps it as typed",
                "4: loaders read D differently: python-dotenv expands \\t to a tab, "
                        + "node-dotenv and dotenv-java keep it as typed",
                "5: loaders read E differently: python-dotenv and dotenv-java keep the backticks (6 characters), "
                        + "node-dotenv reads 4 characters");
    }

    @Test
    void neverRepeatsTheValue() {
        String secret = "Sup3rS3cretTok3n";
        String text = "A=" + secret + "#tail\n"
                + "B='" + secret + "'\n"
                + "C=\"" + secret + "\\n" + secret + "\"\n"
                + "D=`" + secret + "`\n"
                + "E=\"" + secret + "\" junk\n"
                + "F\n=" + secret + "\n"
                + "G='" + secret + "\n";
        List<String> messages = messages(text);
        assertThat(messages).hasSizeGreaterThanOrEqualTo(6);
        assertThat(messages).noneMatch(m -> m.contains("S3cret") || m.contains("tail"));
    }

    @Test
    void leavesExportAndBareKeysToTheirOwnRules() {
        assertThat(messages("export A=1\nB\nexport C\nD=plain\n")).isEmpty();
    }

    @Test
    void staysLinearOnFilesThatMakeTheLoadersScanAhead() {
        int lines = 60_000;
        StringBuilder swallowed = new StringBuilder("A=\"never closed\n");
        StringBuilder escapedQuotes = new StringBuilder();
        StringBuilder halfQuoted = new StringBuilder();
        StringBuilder bareKeys = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            swallowed.append("KEY_").append(i).append("=value\n");
            escapedQuotes.append("K").append(i).append("=\"a\\\"\n");
            halfQuoted.append("K").append(i).append("='x\n");
            bareKeys.append("KEY").append(i).append("\n\n\n");
        }
        for (StringBuilder text : List.of(swallowed, escapedQuotes, halfQuoted, bareKeys)) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> messages(text.toString()));
        }
    }

    private static List<String> messages(String text) {
        RuleRegistry registry = RuleRegistry.builtin();
        DocumentLinter linter = new DocumentLinter(RuleSelection.of(registry, List.of(RULE), List.of()), registry.ids());
        List<Finding> findings = linter.lint(SourceFile.ofText("test.env", text));
        return findings.stream().map(f -> f.line() + ": " + f.message()).collect(Collectors.toList());
    }
}
