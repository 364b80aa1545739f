package dev.confguard.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import dev.confguard.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code check --rules builtin:netra samples/netra} finds exactly the defects samples/netra/README.md
 * lists, each at its line and column, and nothing else; and the pack's options move findings as the
 * README says.
 */
class NetraSampleDefectsTest {
    private static final Path SAMPLE = Path.of("samples/netra");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+):(\\d+):(\\d+)` \\|.*\\| ([^|]+) \\|$");

    static Report check(Map<String, String> options, String... select) {
        CheckRequest request = new CheckRequest(Path.of("").toAbsolutePath(), SAMPLE.toString(), null, List.of(),
                List.of(), List.of(select), List.of(), 64L << 20, Map.of(), List.of("builtin:netra"), options);
        return new CheckEngine(RuleRegistry.builtin()).run(request);
    }

    static Set<String> listed() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                Matcher rule = Pattern.compile("`([^`]+)`").matcher(m.group(4));
                while (rule.find()) {
                    out.add("samples/netra/" + m.group(1) + ":" + m.group(2) + ":" + m.group(3) + " " + rule.group(1));
                }
            }
        }
        return out;
    }

    private static String key(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId();
    }

    @Test
    void everyPlantedDefectIsFoundAtItsPlaceAndNothingElse() throws IOException {
        Set<String> expected = listed();
        assertThat(expected).hasSizeGreaterThan(25);
        Report report = check(Map.of());
        assertThat(report.errors()).isEmpty();
        assertThat(report.incomplete()).as("the inventory covers every project the references name").isEmpty();
        Set<String> actual = report.findings().stream().map(NetraSampleDefectsTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected);
        List<String> errorsNotListed = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(NetraSampleDefectsTest::key).filter(k -> !expected.contains(k)).collect(Collectors.toList());
        assertThat(errorsNotListed).isEmpty();
    }

    @Test
    void isolationFindingsPointAtTheMarkerInsideTheValue() {
        Map<String, Finding> byPlace = check(Map.of(), "netra/isolation").findings().stream()
                .collect(Collectors.toMap(f -> f.file() + ":" + f.line(), f -> f));
        Finding project = byPlace.get("samples/netra/netra_backend/.env.production:6");
        // POSTGRES_HOST=/cloudsql/netra-staging:… : columns 25..38 are 'netra-staging'
        assertThat(List.of(project.column(), project.endColumn())).containsExactly(25, 38);
        assertThat(project.message()).contains("project netra-staging").contains("names staging");
        Finding database = byPlace.get("samples/netra/netra_backend/.env.staging:8");
        assertThat(List.of(database.column(), database.endColumn())).containsExactly(13, 22);
        Finding host = byPlace.get("samples/netra/frontend/.env.production:5");
        assertThat(List.of(host.column(), host.endColumn())).containsExactly(26, 53);
        Finding clientId = byPlace.get("samples/netra/auth_service/.env.production:8");
        assertThat(List.of(clientId.column(), clientId.endColumn())).containsExactly(29, 41);
    }

    @Test
    void thePerEnvironmentJwtNameMovesTheFindingToTheBackend() {
        List<String> found = check(Map.of("netra.jwtSecretKey", "per-environment"), "netra/jwt-secret-name")
                .findings().stream().map(f -> f.file() + ":" + f.line()).collect(Collectors.toList());
        assertThat(found).containsExactly("samples/netra/netra_backend/.env.staging:17");
    }

    @Test
    void profileBMakesTheOlderStagingHostsWarnings() {
        List<Finding> found = check(Map.of("netra.stagingHosts", "profile-b"), "netra/public-hosts").findings();
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.environment()).isEqualTo("staging");
            assertThat(f.message()).contains("profile B");
        });
        assertThat(check(Map.of(), "netra/public-hosts").findings()).isEmpty();
    }

    @Test
    void theOtherProductionDatabaseNameFlagsTheSample() {
        assertThat(check(Map.of("netra.productionDatabase", "netra_prod"), "netra/production-database").findings())
                .extracting(f -> f.file() + ":" + f.line()).containsExactlyInAnyOrder(
                        "samples/netra/netra_backend/.env.production:7", "samples/netra/auth_service/.env.production:7");
    }
}
