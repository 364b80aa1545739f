package dev.confguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference platform's configuration loads into the workspace its README describes. */
class NetraSampleConfigTest {
    static final Path NETRA = Path.of("samples/netra");

    @Test
    void theNetraConfigLoads() {
        Workspace ws = WorkspaceLoader.load(NETRA.resolve("netra_backend"), null);
        assertThat(ws.root()).isEqualTo(NETRA.toAbsolutePath().normalize());
        assertThat(ws.configFile()).isEqualTo(ws.root().resolve(".confguard.yaml"));
        assertThat(ws.services()).extracting(Service::name, Service::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("netra_backend", "netra_backend"),
                org.assertj.core.groups.Tuple.tuple("auth_service", "auth_service"),
                org.assertj.core.groups.Tuple.tuple("frontend", "frontend"),
                org.assertj.core.groups.Tuple.tuple("analytics_service", "analytics_service"));
        assertThat(ws.environments()).containsExactly(
                new Environment("development", List.of("dev"), false),
                new Environment("staging", List.of(), true),
                new Environment("production", List.of("prod"), true));
        assertThat(ws.hierarchy()).containsExactly(new LayerPattern(".env.{env}", false),
                new LayerPattern("{service}/.env", false), new LayerPattern("{service}/.env.{env}", false),
                new LayerPattern("{service}/.env.{env}.local", false));
        assertThat(ws.secrets()).isEqualTo(new SecretSettings("inventory", "secrets-inventory.json",
                Map.of("development", "netra-dev", "staging", "netra-staging", "production", "netra-production"),
                List.of(new LayerPattern("{service}/deploy/{env}.yaml", false),
                        new LayerPattern("{service}/deploy/{env}.sh", false),
                        new LayerPattern("{service}/service.{env}.yaml", false)), null));
        assertThat(ws.dialect()).isEqualTo(Dialect.COMMON);
        assertThat(ws.rulePacks()).containsExactly("builtin:netra");
        assertThat(ws.ruleOptions()).containsEntry("netra.stagingHosts", "profile-a")
                .containsEntry("netra.jwtSecretKey", "shared").containsEntry("netra.productionDatabase", "netra_production");
    }

    @Test
    void withoutTheConfigTheConventionWouldTakeTheRootAsAServiceToo() {
        Workspace convention = ZeroConfig.discover(NETRA);
        assertThat(convention.services()).extracting(Service::name)
                .containsExactly("netra", "analytics_service", "auth_service", "frontend", "netra_backend");
        assertThat(convention.environments()).extracting(Environment::name)
                .containsExactly("development", "staging", "production");
    }
}
