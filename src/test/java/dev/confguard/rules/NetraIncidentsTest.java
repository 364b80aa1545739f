package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Netra runbook's incidents recreated in one workspace ({@code src/test/resources/packs/incidents}):
 * a timestamped SERVICE_ID, two JWT secret ids across services, staging pointing at production, a
 * development database in staging, the _PROD suffix, localhost in production, a staging credential in
 * development. Every incident ({@code # expect:} marker) is an error finding at its line, and no other
 * line gets an error.
 */
class NetraIncidentsTest {
    private static final Path WORKSPACE = Path.of("src/test/resources/packs/incidents");

    @Test
    void everyIncidentIsFoundAndNoCleanLineGetsAnError() {
        CheckRequest request = new CheckRequest(WORKSPACE.toAbsolutePath(), ".", null, List.of(), List.of(),
                List.of(), List.of(), 64L << 20, Map.of());
        Report report = new CheckEngine(RuleRegistry.builtin()).run(request);
        assertThat(report.errors()).isEmpty();
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId()).sorted().collect(Collectors.toList());
        assertThat(errors).as("errors; all findings: %s", report.findings().stream().map(NetraIncidentsTest::describe)
                .collect(Collectors.toList()))
                .isEqualTo(WorkspaceFixtures.expectations(WORKSPACE).stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void theTwoJwtSecretIdsAreNamedAndBothSidesAreLocated() {
        CheckRequest request = new CheckRequest(WORKSPACE.toAbsolutePath(), ".", null, List.of(), List.of(),
                List.of("netra/jwt-secret-name"), List.of(), 64L << 20, Map.of());
        List<Finding> found = new CheckEngine(RuleRegistry.builtin()).run(request).findings();
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.message()).contains("jwt-secret-staging").contains("jwt-secret-key-staging");
        assertThat(f.file()).isEqualTo("auth_service/.env.staging");
        assertThat(f.related()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("netra_backend/.env.staging");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    private static String describe(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.ruleId() + " "
                + f.message();
    }
}
