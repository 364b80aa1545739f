package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.ConfigLinter;
import dev.confguard.rules.pack.PackSet;
import dev.confguard.engine.DocumentLinter;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.findings.Finding;
import dev.confguard.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under {@code src/test/resources/rules/<category>/<name>/}. An
 * expectation sits on its own comment line above the line it flags ({@code # expect: dotenv/x}), or
 * names a line outright ({@code # expect@1: dotenv/bom}) where no line above exists. A finding on an
 * unmarked line fails, and so does a marker without its finding. Rules of the builtin rule packs have
 * only workspace fixtures ({@code rules/netra/service-id/<case>/}), checked with their pack in effect.
 */
class RuleFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsMarkers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : PackSet.catalogRegistry().all()) {
            Path folder = ROOT.resolve(rule.id());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : fixtures(folder)) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " " + file.getFileName(), () -> check(rule, file)));
            }
            for (Path workspace : workspaces(folder)) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " " + workspace.getFileName() + "/",
                        () -> WorkspaceFixtures.check(rule, workspace)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasFixturesThatMustAndMustNotTrigger() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Rule rule : PackSet.catalogRegistry().all()) {
            Path folder = ROOT.resolve(rule.id());
            if (!Files.isDirectory(folder)) {
                missing.add(rule.id() + ": no fixture folder");
                continue;
            }
            boolean triggering = false;
            boolean clean = false;
            for (Path file : fixtures(folder)) {
                if (FixtureExpectations.parse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).isEmpty()) {
                    clean = true;
                } else {
                    triggering = true;
                }
            }
            for (Path workspace : workspaces(folder)) {
                if (WorkspaceFixtures.expectations(workspace).isEmpty()) {
                    clean = true;
                } else {
                    triggering = true;
                }
            }
            if (!triggering || !clean) {
                missing.add(rule.id() + ": needs a fixture with markers and one without");
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<Path> fixtures(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> isFixture(p.getFileName().toString()))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Sub-folders of a rule's fixture folder are whole workspaces, for rules that need more than one file. */
    static List<Path> workspaces(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
    }

    static boolean isFixture(String name) {
        if (name.endsWith(".fixed.env")) {
            return false;
        }
        return name.endsWith(".env") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void check(Rule rule, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceFile source = SourceFile.of(file, file.getFileName().toString(), bytes);
        RuleRegistry registry = RuleRegistry.builtin();
        DocumentLinter linter = new DocumentLinter(RuleSelection.of(registry, List.of(rule.id()), List.of()),
                registry.ids());
        String name = file.getFileName().toString();
        List<Finding> findings = name.endsWith(".env") ? linter.lint(source)
                : new ConfigLinter(RuleSelection.of(registry, List.of(rule.id()), List.of()), registry.ids())
                        .lint(ConfigParser.parse(source));
        List<String> actual = findings.stream().map(f -> f.line() + " " + f.ruleId()).sorted()
                .collect(Collectors.toList());
        List<String> expected = FixtureExpectations.parse(source.text()).stream().sorted()
                .collect(Collectors.toList());
        assertThat(actual).as("findings (line rule) of %s; messages: %s", file,
                findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.message()).collect(Collectors.toList()))
                .isEqualTo(expected);
    }
}
