package dev.confguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.findings.Finding;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Inline directives, end to end: the default rules run over a file and its comments silence some findings. */
class DirectivesTest {
    private static final String LOWERCASE = "dotenv/lowercase-key";
    private static final String SPACE = "dotenv/space-character";
    private static final String INVALID = "dotenv/invalid-directive";

    private static List<Finding> findings(String... lines) {
        RuleRegistry registry = RuleRegistry.builtin();
        DocumentLinter linter = new DocumentLinter(RuleSelection.of(registry, List.of(), List.of()), registry.ids());
        return linter.lint(SourceFile.ofText(".env", String.join("\n", lines) + "\n"));
    }

    /** "line rule" for every finding, in report order. */
    private static List<String> lint(String... lines) {
        return findings(lines).stream().map(f -> f.line() + " " + f.ruleId()).collect(Collectors.toList());
    }

    @Test
    void withoutDirectivesEverythingIsReported() {
        assertThat(lint(
                "app_name=billing",
                "worker_name = mail"))
                .containsExactly("1 " + LOWERCASE, "2 " + LOWERCASE, "2 " + SPACE, "2 " + SPACE);
    }

    @Test
    void disableNextLineSilencesOnlyTheNextLine() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/lowercase-key",
                "app_name=billing",
                "worker_name=mail"))
                .containsExactly("3 " + LOWERCASE);
    }

    @Test
    void disableNextLineCoversEveryLineOfAMultiLineStatement() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/substitution-key",
                "M=\"${A}",
                "${B\"",
                "N=\"${C\""))
                .containsExactly("4 dotenv/substitution-key");
    }

    @Test
    void disableNextLineDoesNotReachPastAnInterveningLine() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/lowercase-key",
                "# the key below is not the next line",
                "app_name=billing"))
                .containsExactly("3 " + LOWERCASE);
    }

    @Test
    void disableFileSilencesTheRuleEverywhereWhereverItIsWritten() {
        assertThat(lint(
                "app_name=billing",
                "# confguard-disable-file dotenv/lowercase-key",
                "worker_name=mail"))
                .isEmpty();
    }

    @Test
    void regionRunsFromTheLineAfterDisableToEnable() {
        assertThat(lint(
                "before_region=1",
                "# confguard-disable dotenv/lowercase-key",
                "inside_one=1",
                "inside_two=2",
                "# confguard-enable dotenv/lowercase-key",
                "after_region=3"))
                .containsExactly("1 " + LOWERCASE, "6 " + LOWERCASE);
    }

    @Test
    void anUnclosedRegionRunsToTheEndOfTheFile() {
        assertThat(lint(
                "before_region=1",
                "# confguard-disable dotenv/lowercase-key",
                "inside=1",
                "",
                "still_inside=2"))
                .containsExactly("1 " + LOWERCASE);
    }

    @Test
    void enablingAnotherRuleDoesNotCloseTheRegion() {
        assertThat(lint(
                "# confguard-disable dotenv/lowercase-key",
                "inside=1",
                "# confguard-enable dotenv/space-character",
                "still_inside=2"))
                .isEmpty();
    }

    @Test
    void aListSilencesEachRuleItNames() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/lowercase-key, dotenv/space-character",
                "worker_name = mail",
                "# confguard-disable-next-line dotenv/lowercase-key dotenv/space-character",
                "queue_name = jobs",
                "# confguard-disable-next-line dotenv/lowercase-key,dotenv/space-character",
                "cache_name = redis"))
                .isEmpty();
    }

    @Test
    void aReasonAfterDoubleDashIsNotReadAsRuleNames() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/lowercase-key -- the legacy worker reads this exact name",
                "app_name=billing",
                "# confguard-disable dotenv/lowercase-key, dotenv/space-character -- generated block, see TICKET-12",
                "worker_name = mail",
                "# confguard-enable dotenv/lowercase-key, dotenv/space-character -- end of generated block",
                "queue_name=jobs"))
                .containsExactly("6 " + LOWERCASE);
    }

    @Test
    void aDirectiveWithoutRulesSilencesEveryRuleOnThatLine() {
        assertThat(lint(
                "# confguard-disable-next-line",
                "worker_name = mail",
                "queue_name=jobs"))
                .containsExactly("3 " + LOWERCASE);
    }

    @Test
    void directivesDoNotSilenceRulesTheyDoNotName() {
        assertThat(lint(
                "# confguard-disable-next-line dotenv/lowercase-key",
                "worker_name = mail",
                "# confguard-disable-file dotenv/space-character",
                "QUEUE_NAME = jobs",
                "queue_host=db"))
                .containsExactly("5 " + LOWERCASE);
    }

    @Test
    void anUnknownRuleIsReportedWithADidYouMeanAtItsColumn() {
        List<Finding> found = findings(
                "# confguard-disable-next-line dotenv/lowercase-key, dotenv/spce-character",
                "worker_name = mail");
        assertThat(found).extracting(f -> f.line() + " " + f.ruleId())
                // the known name in the list still works; the misspelt one silences nothing
                .containsExactly("1 " + INVALID, "2 " + SPACE, "2 " + SPACE);
        Finding invalid = found.get(0);
        assertThat(invalid.message()).isEqualTo("unknown rule 'dotenv/spce-character' in "
                + "confguard-disable-next-line; did you mean 'dotenv/space-character'?");
        String comment = "# confguard-disable-next-line dotenv/lowercase-key, ";
        assertThat(invalid.column()).isEqualTo(comment.length() + 1);
        assertThat(invalid.endColumn()).isEqualTo(comment.length() + 1 + "dotenv/spce-character".length());
    }

    @Test
    void anUnknownRuleIsFoundAfterTheDirectiveWordEvenWhenItsTextAppearsThere() {
        // 'disable' contains 'd', and the directive word contains 'confguard': the columns must point at the list.
        List<Finding> found = findings(
                "# confguard-disable-file d",
                "# confguard-disable-next-line confguard");
        assertThat(found).extracting(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .containsExactly("1:26 " + INVALID, "2:31 " + INVALID);
    }

    @Test
    void aCategoryLessRuleNameGetsTheFullIdSuggested() {
        List<Finding> found = findings(
                "# confguard-disable-file lowercase-key",
                "app_name=billing");
        assertThat(found).extracting(f -> f.line() + " " + f.ruleId())
                .containsExactly("1 " + INVALID, "2 " + LOWERCASE);
        assertThat(found.get(0).message()).endsWith("did you mean 'dotenv/lowercase-key'?");
    }

    @Test
    void aMisspeltDirectiveWordIsReportedAndSilencesNothing() {
        List<Finding> found = findings(
                "# confguard-disable-line dotenv/lowercase-key",
                "app_name=billing");
        assertThat(found).extracting(f -> f.line() + " " + f.ruleId())
                .containsExactly("1 " + INVALID, "2 " + LOWERCASE);
        assertThat(found.get(0).message()).startsWith("unknown directive 'confguard-disable-line'");
    }

    @Test
    void invalidDirectiveFindingsCanThemselvesBeSilenced() {
        assertThat(lint(
                "# confguard-disable-file dotenv/invalid-directive",
                "# confguard-disable-next-line dotenv/no-such-rule",
                "APP_NAME=billing"))
                .isEmpty();
    }
}
