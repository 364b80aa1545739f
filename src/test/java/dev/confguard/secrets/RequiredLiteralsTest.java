package dev.confguard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.pack.PlaintextDetectorTest;
import org.junit.jupiter.api.Test;

/** The literals read off a pattern's source, which let most values skip the RE2 pass of the shapes. */
class RequiredLiteralsTest {
    @Test
    void theLongestMandatoryLiteralOfEachAlternative() {
        assertThat(RequiredLiterals.of("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")).containsExactly("AKIA", "ASIA");
        assertThat(RequiredLiterals.of("\\bgh[pousr]_[A-Za-z0-9]{36,}|\\bgithub_pat_[A-Za-z0-9_]{22,}"))
                .containsExactly("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_");
        assertThat(RequiredLiterals.of("hooks\\.slack\\.com/(?:services|workflows)/[A-Z]+"))
                .containsExactly("hooks.slack.com/services/", "hooks.slack.com/workflows/");
        assertThat(RequiredLiterals.of("-----BEGIN[A-Z ]*PRIVATE KEY(?: BLOCK)?-----")).containsExactly("PRIVATE KEY");
        assertThat(RequiredLiterals.of("\\{[^{}]*\\\\?\"service_account[^{}]*\\}?|\"private_key\\\\?\""))
                .containsExactly("\"service_account", "\"private_key");
        // an optional atom breaks a run; a repeated one ends the run after it
        assertThat(RequiredLiterals.of("abcd?e")).containsExactly("abc");
        assertThat(RequiredLiterals.of("ab+cde")).containsExactly("cde");
        assertThat(RequiredLiterals.of("xab{2,}c")).containsExactly("xab");
    }

    @Test
    void noLiteralsWhenAnAlternativeHasNoneOrCaseIsIgnored() {
        assertThat(RequiredLiterals.of("[a-z]+\\d")).isNull();
        assertThat(RequiredLiterals.of("abc|\\d+")).isNull();
        assertThat(RequiredLiterals.of("(?i)akia[0-9]{16}")).isNull();
        assertThat(RequiredLiterals.of("a?b?")).isNull();
        assertThat(RequiredLiterals.of("(?:a|b*)\\w")).isNull();
    }

    @Test
    void everyBuiltinShapeHasLiteralsSoMostValuesSkipRe2() {
        for (SecretShape shape : PlaintextDetectorTest.builtin().shapes().shapes()) {
            assertThat(RequiredLiterals.of(shape.pattern())).as(shape.name()).isNotEmpty();
        }
    }
}
