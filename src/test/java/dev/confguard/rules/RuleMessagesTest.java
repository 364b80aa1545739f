package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.DocumentLinter;
import dev.confguard.findings.Finding;
import dev.confguard.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the fixtures cannot see: messages (and the key field) never show any part of a value, and
 * never carry a raw control character.
 */
class RuleMessagesTest {

    /** Every registered rule, the off-by-default ones included. */
    private static List<Finding> lintWithEveryRule(byte[] bytes) {
        RuleRegistry registry = RuleRegistry.builtin();
        DocumentLinter linter = new DocumentLinter(
                RuleSelection.of(registry, new ArrayList<>(registry.ids()), List.of()), registry.ids());
        return linter.lint(SourceFile.of(null, ".env", bytes));
    }

    private static List<Finding> lintWithEveryRule(String text) {
        return lintWithEveryRule(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> shown(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message() + " [key " + f.key() + "]")
                .collect(Collectors.toList());
    }

    @Test
    void aValueGluedWithAColonIsNeverShown() {
        List<Finding> findings = lintWithEveryRule("DB_PASSWORD:hunter2\ndb_password:hunter2\nDB_PASSWORD:hunter2\n"
                + "export api_token:s3cr3t-xyz\n");
        assertThat(findings).extracting(Finding::ruleId)
                .contains("dotenv/key-without-value", "dotenv/invalid-key", "dotenv/lowercase-key",
                        "dotenv/duplicate-key", "dotenv/export-prefix", "dotenv/unordered-key");
        assertThat(shown(findings)).allSatisfy(s -> {
            assertThat(s).doesNotContain("hunter2").doesNotContainIgnoringCase("HUNTER2");
            assertThat(s).doesNotContainIgnoringCase("s3cr3t");
        });
        assertThat(shown(findings)).anySatisfy(s -> assertThat(s).contains("DB_PASSWORD:\u2026"));
    }

    @Test
    void controlCharactersInsideValuesAreCountedNotNamed() {
        List<Finding> findings = lintWithEveryRule("PASSWORD=\"ab\u0001\u0001cd\"\n# old: x\u0002y\nK\u0003EY=1\nN=a\u0000b\n");
        List<String> messages = findings.stream().filter(f -> f.ruleId().equals("dotenv/control-character"))
                .map(Finding::message).collect(Collectors.toList());
        assertThat(messages).containsExactly(
                "2 × control character in the value of PASSWORD",
                "control character in a comment",
                "control character U+0003",
                "NUL byte in the value of N");
    }

    @Test
    void undecodableBytesInsideValuesAreCountedNotNamed() {
        byte[] bytes = {'P', 'W', '=', 'c', 'a', 'f', (byte) 0xE9, '\n', 'K', (byte) 0xC9, '=', '1', '\n'};
        List<String> messages = lintWithEveryRule(bytes).stream()
                .filter(f -> f.ruleId().equals("dotenv/invalid-encoding"))
                .map(Finding::message).collect(Collectors.toList());
        assertThat(messages).containsExactly(
                "invalid UTF-8: 1 byte in the value of PW",
                "invalid UTF-8: byte 0xC9");
    }

    @Test
    void keysWithControlCharactersAreShownEscaped() {
        List<Finding> findings = lintWithEveryRule("\u001b[2JKEY=1\n");
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("\u001b");
            if (f.key() != null) {
                assertThat(f.key()).doesNotContain("\u001b");
            }
        });
        assertThat(findings).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("\\u001B[2JKEY"));
    }

    @Test
    void noRuleQuotesTheValueItComplainsAbout() {
        String secret = "Zq9xSecretValue";
        String text = String.join("\n",
                "A_TOKEN=\" " + secret + "\\n\"",
                "B_TOKEN=" + secret + " " + secret,
                "C_TOKEN=\"" + secret + "\" " + secret,
                "D_TOKEN=${" + secret + " x}",
                "E_TOKEN=" + secret + "\\n" + secret,
                "F_TOKEN='" + secret + "'",
                "G_TOKEN = " + secret,
                "H_TOKEN=\"" + secret,
                "");
        List<Finding> findings = lintWithEveryRule(text);
        assertThat(findings).extracting(Finding::ruleId).contains("dotenv/quoted-value-whitespace",
                "dotenv/value-without-quotes", "dotenv/syntax-error", "dotenv/substitution-key",
                "dotenv/literal-newline-escape", "dotenv/quote-character", "dotenv/space-character",
                "dotenv/unterminated-quote");
        assertThat(shown(findings)).allSatisfy(s -> assertThat(s).doesNotContain(secret));
    }
}
