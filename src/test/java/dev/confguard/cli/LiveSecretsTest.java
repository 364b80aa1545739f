package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.errors.ExitCode;
import dev.confguard.secrets.gcp.SecretManagerTestServer;
import dev.confguard.secrets.inventory.InventoryStore;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import io.grpc.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live path end to end: the CLI talks gRPC to a real Secret Manager server on 127.0.0.1 (holding the
 * samples' inventory), with paging and injected faults; no client class is mocked.
 */
class LiveSecretsTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SAMPLE_INVENTORY = PROJECT.resolve("samples/netra/secrets-inventory.json");
    private static final List<String> PROJECTS = List.of("netra-dev", "netra-staging", "netra-production");

    @TempDir
    Path dir;

    private SecretManagerTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new SecretManagerTestServer().start();
        server.pageSize(2);
        InventoryStore sample = InventoryStore.load(SAMPLE_INVENTORY, "inventory");
        for (String project : PROJECTS) {
            for (StoredSecret s : sample.secrets(project)) {
                server.addSecret(project, s.secret(), s.created(), s.aliases());
                for (StoredVersion v : s.versions()) {
                    server.addVersion(project, s.secret(), v.number(), v.state(), v.created(),
                            ("payload of " + s.secret() + " " + v.number()).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        // a project that exists but holds nothing still answers (netra-dev has no secrets)
        server.addSecret("netra-dev", "placeholder", Instant.parse("2026-01-01T00:00:00Z"), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", "samples/netra", "--secrets", "live",
                "--secrets-endpoint", server.endpoint(), "--select", "secrets/", "--format", "json"));
        args.addAll(List.of(more));
        return CliRun.in(PROJECT, args.toArray(new String[0]));
    }

    private static List<String> findings(String json) {
        List<String> out = new ArrayList<>();
        JSONArray findings = new JSONObject(json).getJSONArray("findings");
        for (int i = 0; i < findings.length(); i++) {
            JSONObject f = findings.getJSONObject(i);
            out.add(f.getString("file") + ":" + f.getInt("line") + ":" + f.getInt("column") + " " + f.getString("ruleId"));
        }
        return out;
    }

    @Test
    void liveFindsWhatTheInventoryFindsAskingOncePerProject() {
        CliRun live = check();
        CliRun offline = CliRun.in(PROJECT, "check", "samples/netra", "--secrets", "inventory", "--select", "secrets/",
                "--format", "json");
        assertThat(live.exitCode()).as(live.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(findings(live.out())).hasSize(8).isEqualTo(findings(offline.out()));
        // two projects referenced, one listing each (in pages of two), then the versions of the six
        // referenced secrets that exist only (in pages of two: 1 + 2 + 1 in staging, 1 + 2 + 1 in production),
        // not of the other six
        assertThat(server.calls(SecretManagerTestServer.LIST_SECRETS)).isEqualTo(4 + 3);
        assertThat(server.calls(SecretManagerTestServer.LIST_SECRET_VERSIONS)).isEqualTo(8);
        assertThat(server.calls(SecretManagerTestServer.ACCESS_SECRET_VERSION)).isZero();
    }

    @Test
    void transientFaultsAreRetried() {
        server.failNext(SecretManagerTestServer.LIST_SECRETS, Status.Code.UNAVAILABLE, 1);
        server.failNext(SecretManagerTestServer.LIST_SECRET_VERSIONS, Status.Code.RESOURCE_EXHAUSTED, 1);
        CliRun run = check();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(findings(run.out())).hasSize(8);
        assertThat(run.err()).doesNotContain("incomplete");
    }

    @Test
    void permissionDeniedMakesTheRunIncomplete() {
        server.failNext(SecretManagerTestServer.LIST_SECRETS, Status.Code.PERMISSION_DENIED, 10);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.err()).contains("confguard: incomplete:").contains("roles/secretmanager.viewer")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(new JSONObject(run.out()).getJSONArray("incomplete").length()).isPositive();
        // the offline checks still ran
        assertThat(findings(run.out())).anySatisfy(f -> assertThat(f).endsWith("secrets/ambiguous-reference"));
    }

    @Test
    void anUnreachableStoreMakesTheRunIncomplete() {
        String endpoint = server.endpoint();
        server.close();
        CliRun run = CliRun.in(PROJECT, "check", "samples/netra", "--secrets", "live", "--secrets-endpoint", endpoint,
                "--select", "secrets/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.err()).contains("confguard: incomplete:").doesNotContain("Exception");
    }

    @Test
    void offlineRunsNeverAskTheStore() {
        CliRun run = check("--offline");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(findings(run.out())).anySatisfy(f -> assertThat(f).endsWith("secrets/ambiguous-reference"))
                .noneSatisfy(f -> assertThat(f).endsWith("secrets/missing-secret"));
        assertThat(server.calls(SecretManagerTestServer.LIST_SECRETS)).isZero();
        assertThat(CliRun.in(PROJECT, "check", "samples/netra", "--offline", "--select", "secrets/")
                .out()).as("an inventory is offline: still used").contains("secrets/missing-secret");
    }

    @Test
    void aMalformedEndpointIsAUsageError() {
        CliRun run = CliRun.in(PROJECT, "check", "samples/netra", "--secrets", "live", "--secrets-endpoint", "no port",
                "--select", "secrets/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--secrets-endpoint").doesNotContain("Exception");
    }

    @Test
    void theExportedInventoryMatchesTheStoreAndChecksTheSame() throws IOException {
        CliRun export = CliRun.in(dir, "secrets", "inventory", "--project", "netra-staging", "--project",
                "netra-production", "--output", "inv.json", "--secrets-endpoint", server.endpoint());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.CLEAN);
        assertThat(export.err()).contains("wrote 12 secrets of 2 projects to inv.json");
        String written = Files.readString(dir.resolve("inv.json"));
        JSONObject sample = new JSONObject(Files.readString(SAMPLE_INVENTORY)).getJSONObject("projects");
        JSONObject exported = new JSONObject(written).getJSONObject("projects");
        for (String project : List.of("netra-staging", "netra-production")) {
            assertThat(exported.getJSONObject(project).similar(sample.getJSONObject(project))).as(project).isTrue();
        }
        assertThat(written).doesNotContain("payload of");
        CliRun offline = CliRun.in(PROJECT, "check", "samples/netra", "--secrets", "inventory", "--inventory",
                dir.resolve("inv.json").toString(), "--select", "secrets/", "--format", "json");
        assertThat(findings(offline.out())).hasSize(8);
    }

    @Test
    void anExportThatCannotListWritesNothing() {
        server.failNext(SecretManagerTestServer.LIST_SECRETS, Status.Code.PERMISSION_DENIED, 10);
        CliRun export = CliRun.in(dir, "secrets", "inventory", "--project", "netra-staging", "--output", "inv.json",
                "--secrets-endpoint", server.endpoint());
        assertThat(export.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(export.err()).contains("nothing was written");
        assertThat(dir.resolve("inv.json")).doesNotExist();
    }

    @Test
    void auditLiveListsOrphansOfEveryProjectInScope() {
        CliRun run = CliRun.in(PROJECT, "secrets", "audit", "samples/netra", "--secrets", "live", "--secrets-endpoint",
                server.endpoint(), "--as-of", "2026-11-28T00:00:00Z");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("13 references: 5 ok, 8 broken; 1 pinned to an old version")
                .contains("netra-dev/placeholder\n");
    }

    /** Two services map SERVICE_SECRET to two secrets; staging and production share a payload. */
    private void compareWorkspace(String backendPayload, String authPayload) throws IOException {
        TestFiles.write(dir, ".confguard.yaml", "version: 1\nenvironments:\n  - name: development\n    deployed: false\n"
                + "  - staging\n  - production\nservices:\n  - name: netra_backend\n  - name: auth_service\n"
                + "hierarchy:\n  - \"{service}/.env.{env}\"\nrules:\n  packs: [builtin:netra]\nsecrets:\n  store: gcp\n"
                + "  mappings: [\"{service}/deploy.{env}.yaml\"]\n  projects:\n    staging: acme-staging\n"
                + "    production: acme-production\n");
        for (String service : List.of("netra_backend", "auth_service")) {
            TestFiles.write(dir, service + "/.env.staging", "SERVICE_SECRET=\n");
            TestFiles.write(dir, service + "/.env.production", "SERVICE_SECRET=\n");
        }
        TestFiles.write(dir, "netra_backend/deploy.staging.yaml", "secrets:\n  SERVICE_SECRET: backend-service:latest\n");
        TestFiles.write(dir, "auth_service/deploy.staging.yaml", "secrets:\n  SERVICE_SECRET: auth-service:latest\n");
        TestFiles.write(dir, "netra_backend/deploy.production.yaml", "secrets:\n  SERVICE_SECRET: service:1\n");
        Instant t = Instant.parse("2026-10-01T00:00:00Z");
        server.addSecret("acme-staging", "backend-service", t, Map.of());
        server.addVersion("acme-staging", "backend-service", 1, VersionState.ENABLED, t, bytes(backendPayload));
        server.addSecret("acme-staging", "auth-service", t, Map.of());
        server.addVersion("acme-staging", "auth-service", 1, VersionState.ENABLED, t, bytes(authPayload));
        server.addSecret("acme-production", "service", t, Map.of());
        server.addVersion("acme-production", "service", 1, VersionState.ENABLED, t, bytes(backendPayload));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void comparedPayloadsFeedTheSameValueAndMustDifferRules() throws IOException {
        String backend = "Planted-Payload-Backend-0123456789abcdef";
        String auth = "Planted-Payload-Auth-0123456789abcdef";
        compareWorkspace(backend, auth);
        CliRun without = CliRun.in(dir, "check", "--secrets-endpoint", server.endpoint(), "--select",
                "netra/service-secret-match,core/secret-reuse");
        assertThat(without.exitCode()).as(without.err() + without.out()).isEqualTo(ExitCode.CLEAN);
        assertThat(server.calls(SecretManagerTestServer.ACCESS_SECRET_VERSION)).isZero();
        for (String format : List.of("text", "json", "sarif", "junit", "github")) {
            CliRun with = CliRun.in(dir, "check", "--secrets-endpoint", server.endpoint(), "--compare-secret-values",
                    "--select", "netra/service-secret-match,core/secret-reuse", "--format", format);
            assertThat(with.exitCode()).as(with.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(with.out()).contains("netra/service-secret-match").contains("core/secret-reuse");
            for (String planted : List.of(backend, auth)) {
                assertThat(with.out() + with.err()).doesNotContain(planted)
                        .doesNotContain(Base64.getEncoder().encodeToString(bytes(planted)))
                        .doesNotContain(sha256Hex(planted));
            }
        }
        assertThat(CliRun.in(dir, "check", "--secrets-endpoint", server.endpoint(), "--compare-secret-values",
                "--select", "netra/service-secret-match").out())
                .contains("gets a different secret from SERVICE_SECRET of netra_backend");
    }

    @Test
    void equalPayloadsUnderTwoIdsAreTheSameValue() throws IOException {
        compareWorkspace("Planted-Same-Payload-0123456789", "Planted-Same-Payload-0123456789");
        CliRun run = CliRun.in(dir, "check", "--secrets-endpoint", server.endpoint(), "--compare-secret-values",
                "--select", "netra/service-secret-match");
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.CLEAN);
    }

    @Test
    void aRefusedPayloadReadMakesTheRunIncomplete() throws IOException {
        compareWorkspace("Planted-A-0123456789", "Planted-B-0123456789");
        server.failNext(SecretManagerTestServer.ACCESS_SECRET_VERSION, Status.Code.PERMISSION_DENIED, 10);
        CliRun run = CliRun.in(dir, "check", "--secrets-endpoint", server.endpoint(), "--compare-secret-values",
                "--select", "netra/service-secret-match");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.err()).contains("roles/secretmanager.secretAccessor");
    }

    private static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes(s)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
