package dev.confguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
    @Test
    void propertiesAndDataAreEscapedAsTheRunnerExpects() {
        assertThat(GithubReporter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
        assertThat(GithubReporter.data("50% done:\r\nnext, then")).isEqualTo("50%25 done:%0D%0Anext, then");
    }
}
