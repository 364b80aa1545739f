package dev.confguard.workspace;

import static dev.confguard.workspace.Trees.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeroConfigTest {
    @TempDir
    Path temp;

    private static List<String> names(Workspace ws) {
        return ws.environments().stream().map(Environment::name).toList();
    }

    private static List<String> services(Workspace ws) {
        return ws.services().stream().map(s -> s.name() + "@" + s.path()).toList();
    }

    @Test
    void aRootWithEnvFilesIsOneServiceNamedAfterTheFolder() {
        Path root = files(temp.resolve("shop"), ".env", ".env.staging", ".env.production", ".env.local",
                ".env.staging.local", "README.md");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(ws.zeroConfig()).isTrue();
        assertThat(ws.root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(services(ws)).containsExactly("shop@");
        assertThat(ws.environments()).containsExactly(
                new Environment("staging", List.of(), true),
                new Environment("production", List.of(), true));
    }

    @Test
    void nestedServicesAreSortedByPathAndTheRootCountsWhenItHoldsEnvFiles() {
        Path root = files(temp.resolve("repo"), ".env", "web/.env.development", "api/.env",
                "api/.env.staging.local", "libs/util/.env.test", "docs/README.md");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(services(ws)).containsExactly("repo@", "api@api", "util@libs/util", "web@web");
        assertThat(names(ws)).containsExactly("development", "test", "staging");
        assertThat(ws.environments()).extracting(Environment::deployed).containsExactly(false, false, true);
    }

    @Test
    void withoutEnvFilesAtTheRootTheRootIsNoService() {
        Path root = files(temp, "api/.env", "README.md");
        assertThat(services(ZeroConfig.discover(root))).containsExactly("api@api");
    }

    @Test
    void foldersThatShareANameAreNamedByTheirPath() {
        Path root = files(temp, "teams/a/api/.env", "teams/b/api/.env", "web/.env");
        assertThat(services(ZeroConfig.discover(root)))
                .containsExactly("teams/a/api@teams/a/api", "teams/b/api@teams/b/api", "web@web");
    }

    @Test
    void copiesTemplatesAndLocalOverridesAreNoEnvironments() {
        Path root = files(temp, "svc/.env.example", "svc/.env.template", "svc/.env.sample", "svc/.env.defaults",
                "svc/.env.local", "svc/.env.staging.example", "svc/.env.qa.bak", "svc/.env.dist",
                "svc/.env.has space");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(ws.environments()).containsExactly(ZeroConfig.IMPLICIT_ENVIRONMENT);
        assertThat(services(ws)).as("the folder still holds .env.* files").containsExactly("svc@svc");
    }

    @Test
    void configFilesOfServicesAddEnvironments() {
        Path root = files(temp, "svc/.env", "svc/config/qa.yaml", "svc/config/production.json",
                "svc/config/perf.yml", "svc/config/notes.txt", "svc/config/default.yaml", "svc/config/local.yaml",
                "other/config/uat.yaml");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(names(ws)).containsExactly("perf", "qa", "production");
        assertThat(services(ws)).as("a config/ folder alone makes no service").containsExactly("svc@svc");
    }

    @Test
    void developmentLikeEnvironmentsComeFirstAndProductionLast() {
        Path root = files(temp, ".env.production", ".env.zeta", ".env.test", ".env.alpha", ".env.dev",
                ".env.development");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(names(ws)).containsExactly("development", "dev", "test", "alpha", "zeta", "production");
        assertThat(ws.environments()).extracting(Environment::deployed)
                .containsExactly(false, false, false, true, true, true);
    }

    @Test
    void buildAndDependencyFoldersAndIgnoredGlobsAreSkipped() {
        Path root = files(temp, "api/.env", "node_modules/pkg/.env.npm", ".git/.env.git", "target/.env.mvn",
                "build/out/.env.gradle", "api/node_modules/x/.env", "fixtures/bad/.env.fixture",
                "api/test/fixtures/.env.fx", "api/.env.skipped");
        Workspace ws = ZeroConfig.discover(root, List.of("**/fixtures/**", "api/.env.skipped"));
        assertThat(services(ws)).containsExactly("api@api");
        assertThat(ws.environments()).containsExactly(ZeroConfig.IMPLICIT_ENVIRONMENT);
        assertThat(ws.ignore()).containsExactly("**/fixtures/**", "api/.env.skipped");
    }

    @Test
    void aServiceGetsTheSchemaNamedAfterItWhenThatFileExists() {
        Path root = files(temp, "api/.env", "web/.env", "schemas/api.schema.json");
        Workspace ws = ZeroConfig.discover(root);
        assertThat(ws.service("api").schema()).isEqualTo("schemas/api.schema.json");
        assertThat(ws.service("web").schema()).isNull();
    }

    @Test
    void theOtherSettingsAreTheDefaults() {
        Workspace ws = ZeroConfig.discover(files(temp, ".env"));
        assertThat(ws.hierarchy()).extracting(LayerPattern::pattern).containsExactly(".env", ".env.{env}",
                "{service}/.env", "{service}/.env.{env}", "{service}/.env.{env}.local",
                "{service}/config/{env}.yaml", "{service}/config/{env}.yml", "{service}/config/{env}.json");
        assertThat(ws.hierarchy()).noneMatch(LayerPattern::required);
        assertThat(ws.dialect()).isEqualTo(Dialect.COMMON);
        assertThat(ws.yamlKeys()).isEqualTo(KeyStyle.PATH);
        assertThat(ws.rulePacks()).containsExactly("builtin:core");
        assertThat(ws.severities()).isEmpty();
        assertThat(ws.secrets()).isEqualTo(SecretSettings.OFF);
        assertThat(ws.configFile()).isNull();
    }

    @Test
    void anEmptyFolderHasNoServicesAndNoEnvironments() {
        Workspace ws = ZeroConfig.discover(temp);
        assertThat(ws.services()).isEmpty();
        assertThat(ws.environments()).isEmpty();
    }
}
