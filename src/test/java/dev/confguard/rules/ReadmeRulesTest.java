package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's rule table is generated from the registry; this test fails when they drift.
 * Regenerate with {@code mvn test -Dtest=ReadmeRulesTest -Dconfguard.updateDocs=true}.
 */
class ReadmeRulesTest {
    static final String START = "<!-- rules:start (generated from the registry by ReadmeRulesTest) -->";
    static final String END = "<!-- rules:end -->";

    @Test
    void readmeListsEveryRuleFromTheRegistry() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the rules:start marker").isNotNegative();
        assertThat(end).as("README.md has the rules:end marker").isGreaterThan(start);
        String expected = START + "\n" + table() + END;
        String actual = text.substring(start, end + END.length());
        if (Boolean.getBoolean("confguard.updateDocs")) {
            Files.writeString(readme, text.substring(0, start) + expected + text.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("README rule table (regenerate with -Dconfguard.updateDocs=true)").isEqualTo(expected);
    }

    static String table() {
        StringBuilder out = new StringBuilder();
        out.append("| rule | default severity | fix | summary |\n|---|---|---|---|\n");
        for (Rule rule : dev.confguard.rules.pack.PackSet.catalogRegistry().all()) {
            RuleMeta m = rule.meta();
            out.append("| `").append(m.id()).append("` | ").append(m.defaultSeverity().label())
                    .append(m.enabledByDefault() ? "" : " (off by default)").append(" | ")
                    .append(m.fixability() == Fixability.NONE ? "" : m.fixability().label()).append(" | ")
                    .append(m.summary().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
