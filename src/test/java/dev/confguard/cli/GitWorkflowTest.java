package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --staged, check --changed-since and install-hook against a real git repository. */
class GitWorkflowTest {
    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c",
                "user.email=t@example.com"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
    }

    private void write(String name, String content) throws IOException {
        TestFiles.write(repo, name, content);
    }

    @BeforeEach
    void init() throws Exception {
        git("init", "-q");
        write("api/.env", "PORT=8080\n");
        write("web/.env", "URL=x\nURL=y\n");
        git("add", ".");
        git("commit", "-q", "-m", "init");
    }

    @Test
    void stagedChecksTheIndexNotTheWorkingTree() throws Exception {
        write("api/.env", "PORT=8080\nPORT=9090\n");
        CliRun workingTree = CliRun.in(repo, "check", "--format", "json", "--service", "api");
        assertThat(workingTree.exitCode()).isEqualTo(1);
        CliRun staged = CliRun.in(repo, "check", "--staged", "--format", "json", "--service", "api");
        assertThat(staged.exitCode()).as(staged.err()).isZero();

        git("add", "api/.env");
        write("api/.env", "PORT=8080\n");
        CliRun stagedDefect = CliRun.in(repo, "check", "--staged", "--service", "api");
        assertThat(stagedDefect.exitCode()).isEqualTo(1);
        assertThat(stagedDefect.out()).contains("api/.env:2:1: error dotenv/duplicate-key");
    }

    @Test
    void stagedFromASubfolderKeepsPathsRelativeToIt() throws Exception {
        write("api/.env", "PORT=1\nPORT=2\n");
        git("add", "api/.env");
        CliRun run = CliRun.in(repo.resolve("api"), "check", "--staged", "..", "--service", "api");
        assertThat(run.out()).contains(".env:2:1: error dotenv/duplicate-key");
    }

    @Test
    void changedSinceKeepsOnlyFindingsInChangedFiles() throws Exception {
        write("api/.env", "PORT=8080\nPORT=9090\n");
        CliRun all = CliRun.in(repo, "check", "--format", "json");
        assertThat(LintCommandTest.ruleIds(all.out())).hasSize(2);
        CliRun changed = CliRun.in(repo, "check", "--changed-since", "HEAD", "--format", "json");
        assertThat(changed.out()).contains("\"file\" : \"api/.env\"").doesNotContain("web/.env");
        CliRun bad = CliRun.in(repo, "check", "--changed-since", "no-such-ref");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("confguard: error: git rev-parse failed");
    }

    @Test
    void stagedOutsideARepositoryIsAOneLineError(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve(".env"), "A=1\n");
        CliRun run = CliRun.in(elsewhere, "check", "--staged");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("confguard: error: git rev-parse failed").doesNotContain("\tat ");
    }

    @Test
    void installHookWritesAnExecutableHookAndKeepsAnExistingOne() throws Exception {
        CliRun install = CliRun.in(repo, "install-hook");
        assertThat(install.exitCode()).as(install.err()).isZero();
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertThat(Files.readString(hook)).startsWith("#!/bin/sh").contains("check --staged");
        assertThat(Files.isExecutable(hook)).isTrue();
        CliRun again = CliRun.in(repo, "install-hook");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; use --force");
        assertThat(CliRun.in(repo, "install-hook", "--force").exitCode()).isZero();
    }
}
