package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.rules.pack.PackRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A workspace fixture is a folder (a tree of .env and config files, with or without .confguard.yaml)
 * checked with only the rule under test; {@code # expect:} markers in any of its files name the
 * findings, as "path:line rule" relative to the fixture folder.
 */
final class WorkspaceFixtures {
    private WorkspaceFixtures() {
    }

    static void check(Rule rule, Path workspace) {
        boolean configured = Files.exists(workspace.resolve(".confguard.yaml"));
        List<String> packs = rule instanceof PackRule && !configured ? List.of(((PackRule) rule).pack()) : List.of();
        check(workspace, packs, rule.id());
    }

    /** Checks a fixture workspace with these rule packs (none: its own) and only the selected rule. */
    static void check(Path workspace, List<String> packs, String ruleId) {
        CheckRequest request = new CheckRequest(workspace.toAbsolutePath(), ".", null, List.of(), List.of(),
                List.of(ruleId), List.of(), 64L << 20, Map.of(), packs, Map.of());
        Report report = new CheckEngine(RuleRegistry.builtin()).run(request);
        assertThat(report.errors()).as("input errors in %s", workspace).isEmpty();
        List<String> actual = report.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId())
                .sorted().collect(Collectors.toList());
        assertThat(actual).as("findings of %s; messages: %s", workspace,
                report.findings().stream().map(WorkspaceFixtures::describe).collect(Collectors.toList()))
                .isEqualTo(expectations(workspace).stream().sorted().collect(Collectors.toList()));
    }

    static List<String> expectations(Path workspace) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String relative = workspace.relativize(file).toString().replace('\\', '/');
                for (String e : FixtureExpectations.parse(Files.readString(file, StandardCharsets.ISO_8859_1))) {
                    out.add(relative + ":" + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String describe(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column() + " [" + f.service() + "/" + f.environment() + "] "
                + f.message();
    }
}
