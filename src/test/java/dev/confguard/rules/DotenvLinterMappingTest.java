package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/dotenv-linter.md maps each dotenv-linter check to exactly one confguard rule that exists. */
class DotenvLinterMappingTest {
    static final Path DOC = Path.of("docs/dotenv-linter.md");
    static final List<String> DOTENV_LINTER_CHECKS = List.of(
            "DuplicatedKey", "EndingBlankLine", "ExtraBlankLine", "IncorrectDelimiter", "KeyWithoutValue",
            "LeadingCharacter", "LowercaseKey", "QuoteCharacter", "SpaceCharacter", "SubstitutionKey",
            "TrailingWhitespace", "UnorderedKey", "ValueWithoutQuotes");
    private static final Pattern RULE_ID = Pattern.compile("`(dotenv/[a-z0-9-]+)`");

    /** One table row: the dotenv-linter check, the confguard rule cell, the differences cell. */
    record Row(String check, String rule, String differences) {
    }

    static List<Row> table(String doc) {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : doc.split("\r?\n")) {
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() >= 1 && cells.get(0).equals("dotenv-linter check")) {
                inTable = true;
                continue;
            }
            if (!inTable || cells.get(0).matches("-+")) {
                continue;
            }
            assertThat(cells).as("cells of %s", line).hasSize(3);
            rows.add(new Row(cells.get(0).replace("`", ""), cells.get(1), cells.get(2)));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> out = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            out.add(cell.strip());
        }
        return out;
    }

    private static List<String> ids(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = RULE_ID.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void everyDotenvLinterCheckAppearsExactlyOnce() throws IOException {
        List<String> checks = table(doc()).stream().map(Row::check).toList();
        assertThat(checks).containsExactlyInAnyOrderElementsOf(DOTENV_LINTER_CHECKS);
    }

    @Test
    void eachCheckMapsToOneExistingRuleAndSaysHowItDiffers() throws IOException {
        Set<String> known = RuleRegistry.builtin().ids();
        List<String> mapped = new ArrayList<>();
        for (Row row : table(doc())) {
            assertThat(ids(row.rule())).as("rule cell of %s", row.check()).hasSize(1);
            mapped.add(ids(row.rule()).get(0));
            assertThat(row.differences()).as("differences of %s", row.check()).isNotBlank();
            for (String id : ids(row.rule() + " " + row.differences())) {
                assertThat(known).as("rule id named in the row of %s", row.check()).contains(id);
            }
        }
        assertThat(mapped).as("one-for-one").doesNotHaveDuplicates();
    }

    @Test
    void everyRegisteredDotenvRuleIsMentioned() throws IOException {
        List<String> named = ids(doc());
        for (String id : RuleRegistry.builtin().ids()) {
            if (!id.startsWith("dotenv/")) {
                continue;
            }
            assertThat(named).as("docs/dotenv-linter.md names %s in the table or in the list below it", id)
                    .contains(id);
        }
    }

    @Test
    void theParserReadsATable() {
        String doc = "intro\n\n| dotenv-linter check | confguard rule | differences |\n| --- | --- | --- |\n"
                + "| `A` | `dotenv/x` | none |\n| B | `dotenv/y` | also `dotenv/z` |\n\nafter\n| not | the table |\n";
        assertThat(table(doc)).containsExactly(new Row("A", "`dotenv/x`", "none"),
                new Row("B", "`dotenv/y`", "also `dotenv/z`"));
    }
}
