package dev.confguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreGlobsTest {
    @Test
    void doubleStarCrossesFoldersIncludingNone() {
        IgnoreGlobs globs = IgnoreGlobs.of(List.of("**/fixtures/**"));
        assertThat(globs.ignores("fixtures")).isTrue();
        assertThat(globs.ignores("fixtures/a/.env")).isTrue();
        assertThat(globs.ignores("svc/test/fixtures/.env")).isTrue();
        assertThat(globs.ignores("svc/fixtures2/.env")).isFalse();
        assertThat(globs.ignores("svc/.env")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayInOneName() {
        IgnoreGlobs globs = IgnoreGlobs.of(List.of("*.bak", "svc?/.env", "legacy/*"));
        assertThat(globs.ignores("x.bak")).isTrue();
        assertThat(globs.ignores("a/x.bak")).isFalse();
        assertThat(globs.ignores("svc1/.env")).isTrue();
        assertThat(globs.ignores("svc12/.env")).isFalse();
        assertThat(globs.ignores("legacy/old/.env")).as("a matching folder ignores what is below it").isTrue();
    }

    @Test
    void bracketsBracesAndLiteralDots() {
        IgnoreGlobs globs = IgnoreGlobs.of(List.of("{a,b}/.env.[sp]*", "./c/.env"));
        assertThat(globs.ignores("a/.env.staging")).isTrue();
        assertThat(globs.ignores("b/.env.prod")).isTrue();
        assertThat(globs.ignores("a/.env.dev")).isFalse();
        assertThat(globs.ignores("c/.env")).isTrue();
        assertThat(globs.ignores("c/xenv")).isFalse();
    }

    @Test
    void badGlobsAreRefusedWithTheReason() {
        assertThat(IgnoreGlobs.problem("a/[b")).isEqualTo("'[' is never closed");
        assertThat(IgnoreGlobs.problem("{a,b")).isEqualTo("'{' is never closed");
        assertThatThrownBy(() -> IgnoreGlobs.of(List.of("x}"))).hasMessageContaining("'}' without '{'");
    }
}
