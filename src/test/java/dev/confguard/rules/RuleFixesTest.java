package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.DocumentLinter;
import dev.confguard.findings.Applicability;
import dev.confguard.findings.Finding;
import dev.confguard.fix.FixLoop;
import dev.confguard.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The fix half of the rule fixtures. For every fixable rule, a fixture {@code name.env} that its
 * fixes change has {@code name.fixed.env}: what applying that rule's fixes until stable gives (safe
 * ones; unsafe ones too for a rule that declares unsafe fixes); applying them again changes nothing.
 * Also fails when a rule emits a fix of another applicability than it declares, when a fixable rule
 * emits no fix across its fixtures, and when a {@code .fixed.env} has no input or belongs to a rule
 * without fixes. Regenerate with {@code -Dconfguard.updateFixed=true} and review the diff.
 */
class RuleFixesTest {
    private static final String FIXED = ".fixed.env";

    @TestFactory
    Stream<DynamicTest> everyFixtureFixesToItsFixedFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : fixableRules()) {
            for (Path input : inputs(rule)) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " " + input.getFileName(), () -> checkPair(rule, input)));
            }
        }
        return tests.stream();
    }

    @Test
    void rulesEmitTheApplicabilityTheyDeclare() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Rule rule : fixableRules()) {
            Applicability declared = rule.meta().fixability() == Fixability.SAFE ? Applicability.SAFE
                    : Applicability.UNSAFE;
            int fixes = 0;
            for (Path input : inputs(rule)) {
                for (Finding finding : linter(rule).lint(source(input))) {
                    if (finding.fix() == null) {
                        continue;
                    }
                    fixes++;
                    if (finding.fix().applicability() != declared) {
                        problems.add(rule.id() + " declares " + declared + " fixes but emits a "
                                + finding.fix().applicability() + " one at " + input.getFileName() + ":" + finding.line());
                    }
                }
            }
            if (fixes == 0) {
                problems.add(rule.id() + " declares " + rule.meta().fixability().label()
                        + " fixes but emits none across its fixtures");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFixedFileHasItsInputAndAFixableRule() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Rule rule : RuleRegistry.builtin().all()) {
            Path folder = RuleFixturesTest.ROOT.resolve(rule.id());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path fixed : files.filter(p -> p.getFileName().toString().endsWith(FIXED))
                        .collect(Collectors.toList())) {
                    String name = fixed.getFileName().toString();
                    if (!Files.exists(fixed.resolveSibling(name.substring(0, name.length() - FIXED.length()) + ".env"))) {
                        problems.add(fixed + ": no input file");
                    }
                    if (rule.meta().fixability() == Fixability.NONE) {
                        problems.add(fixed + ": " + rule.id() + " has no fixes");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void checkPair(Rule rule, Path input) throws IOException {
        FixLoop loop = new FixLoop(linter(rule), rule.meta().fixability() == Fixability.UNSAFE);
        FixLoop.Result result = loop.run(source(input));
        assertThat(result.abandoned()).as("%s: fixes abandoned", input).isNull();
        Path fixedFile = fixedFile(input);
        if (Boolean.getBoolean("confguard.updateFixed")) {
            if (result.changed()) {
                Files.write(fixedFile, result.fixed().bytes());
            } else {
                Files.deleteIfExists(fixedFile);
            }
            return;
        }
        if (!result.changed()) {
            assertThat(fixedFile).as("%s changes nothing, so it needs no %s", input, FIXED).doesNotExist();
            return;
        }
        assertThat(fixedFile).as("%s is changed by its fixes (regenerate with -Dconfguard.updateFixed=true)", input)
                .exists();
        assertThat(new String(result.fixed().bytes(), StandardCharsets.ISO_8859_1))
                .as("%s fixed", input)
                .isEqualTo(new String(Files.readAllBytes(fixedFile), StandardCharsets.ISO_8859_1));
        FixLoop.Result again = loop.run(result.fixed());
        assertThat(again.changed()).as("%s: fixing the fixed text changes it again", input).isFalse();
    }

    private static List<Rule> fixableRules() {
        return RuleRegistry.builtin().all().stream().filter(r -> r.meta().fixability() != Fixability.NONE)
                .collect(Collectors.toList());
    }

    private static List<Path> inputs(Rule rule) throws IOException {
        Path folder = RuleFixturesTest.ROOT.resolve(rule.id());
        return RuleFixturesTest.fixtures(folder).stream().filter(p -> p.getFileName().toString().endsWith(".env"))
                .collect(Collectors.toList());
    }

    private static Path fixedFile(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.length() - ".env".length()) + FIXED);
    }

    private static DocumentLinter linter(Rule rule) {
        RuleRegistry registry = RuleRegistry.builtin();
        return new DocumentLinter(RuleSelection.of(registry, List.of(rule.id()), List.of()), registry.ids()).withFixes();
    }

    private static SourceFile source(Path file) throws IOException {
        return SourceFile.of(file, file.getFileName().toString(), Files.readAllBytes(file));
    }
}
