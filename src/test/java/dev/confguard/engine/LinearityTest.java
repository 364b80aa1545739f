package dev.confguard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.secrets.SecretMask;
import dev.confguard.source.SourceFile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A guard against accidental quadratic scans (an unbounded indexOf per line once made a 20 MB file
 * take over ten minutes; every unterminated quote used to rescan to the end of the file). The bound is a hundred times what a linear pass needs, so it flags only
 * a change of complexity, not a slow machine; the real figures live in the benchmarks.
 */
class LinearityTest {

    @Test
    void everyRuleAndTheMaskStayLinearOnAPathologicalFile() {
        StringBuilder text = new StringBuilder();
        String[] lines = {
            "KEY_%d=value with spaces ${UNCLOSED", "key_%d = `open", "DB_PASSWORD_%d:hunter2", "URL_%d=http://x/y",
            "A_%d=\"${A}\" trailing", "# confguard-disable-next-line dotenv/nope", "T_%d='x'  ", "E_%d=a\\nb", ""};
        for (int i = 0; i < 200_000; i++) {
            text.append(String.format(lines[i % lines.length], i)).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        RuleRegistry registry = RuleRegistry.builtin();
        DocumentLinter linter = new DocumentLinter(RuleSelection.of(registry, List.of("dotenv"), List.of()),
                registry.ids());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            DotenvDocument doc = DotenvParser.parse(SourceFile.ofText(".env", text.toString()));
            assertThat(linter.lint(doc)).isNotEmpty();
            SecretMask mask = SecretMask.of(doc);
            assertThat(mask.ranges()).isNotEmpty();
            assertThat(mask.apply(doc.text(), 0, doc.text().length())).hasSameSizeAs(doc.text()).contains("*******");
        });
    }
}
