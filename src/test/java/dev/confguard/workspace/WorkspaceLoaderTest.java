package dev.confguard.workspace;

import static dev.confguard.workspace.Trees.files;
import static dev.confguard.workspace.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.errors.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLoaderTest {
    @TempDir
    Path temp;

    private Path root() {
        return temp.toAbsolutePath().normalize();
    }

    @Test
    void theConfigFileIsFoundInTheStartFolderOrAnyParentAndItsFolderIsTheRoot() {
        files(temp, "svc/deep/er/.env");
        Path config = write(temp, ".confguard.yaml", "version: 1\n");
        Workspace ws = WorkspaceLoader.load(temp.resolve("svc/deep/er"), null);
        assertThat(ws.root()).isEqualTo(root());
        assertThat(ws.configFile()).isEqualTo(config.toAbsolutePath().normalize());
        assertThat(ws.zeroConfig()).isFalse();
    }

    @Test
    void theNearestConfigFileWinsAndYamlBeforeYml() {
        write(temp, ".confguard.yaml", "version: 1\n");
        write(temp, "sub/.confguard.yml", "version: 1\n");
        write(temp, "sub/.confguard.yaml", "version: 1\ndialect: node-dotenv\n");
        files(temp, "sub/x/");
        Workspace ws = WorkspaceLoader.load(temp.resolve("sub/x"), null);
        assertThat(ws.root()).isEqualTo(root().resolve("sub"));
        assertThat(ws.configFile().getFileName().toString()).isEqualTo(".confguard.yaml");
        assertThat(ws.dialect()).isEqualTo(Dialect.NODE_DOTENV);
    }

    @Test
    void aYmlFileIsFoundWhenThereIsNoYamlFile() {
        write(temp, ".confguard.yml", "version: 1\nyamlKeys: env\n");
        Workspace ws = WorkspaceLoader.load(temp, null);
        assertThat(ws.configFile().getFileName().toString()).isEqualTo(".confguard.yml");
        assertThat(ws.yamlKeys()).isEqualTo(KeyStyle.ENV);
    }

    @Test
    void aStartFileCountsAsItsFolder() {
        Path env = files(temp, "api/.env").resolve("api/.env");
        write(temp, ".confguard.yaml", "version: 1\n");
        assertThat(WorkspaceLoader.load(env, null).root()).isEqualTo(root());
    }

    @Test
    void anExplicitConfigIsUsedInsteadOfDiscoveryAndItsFolderIsTheRoot() {
        write(temp, ".confguard.yaml", "version: 1\ndialect: node-dotenv\n");
        Path other = write(temp, "ci/strict.yaml", "version: 1\ndialect: dotenv-java\n");
        Workspace ws = WorkspaceLoader.load(temp, other);
        assertThat(ws.dialect()).isEqualTo(Dialect.DOTENV_JAVA);
        assertThat(ws.root()).isEqualTo(root().resolve("ci"));
        assertThat(ws.configFile()).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void aMissingExplicitConfigIsAUsageErrorNamingIt() {
        Path missing = temp.resolve("nope.yaml");
        assertThatThrownBy(() -> WorkspaceLoader.load(temp, missing))
                .isInstanceOf(WorkspaceException.class)
                .isInstanceOf(UsageException.class)
                .hasMessageEndingWith("nope.yaml: no such configuration file")
                .satisfies(e -> assertThat(((WorkspaceException) e).errors()).singleElement()
                        .satisfies(err -> assertThat(err.line()).isZero()));
    }

    @Test
    void aFolderGivenAsConfigIsAUsageError() {
        assertThatThrownBy(() -> WorkspaceLoader.load(temp, temp)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void withoutAConfigFileTheConventionIsRootedAtTheStartFolder() {
        Path start = files(temp.resolve("repo"), "api/.env.staging").toAbsolutePath();
        Workspace ws = WorkspaceLoader.load(start, null);
        assertThat(ws.zeroConfig()).isTrue();
        assertThat(ws.root()).isEqualTo(start.normalize());
        assertThat(ws.services()).extracting(Service::name).containsExactly("api");
        assertThat(ws.environments()).extracting(Environment::name).containsExactly("staging");
    }

    @Test
    void aStartFolderThatDoesNotExistIsAUsageError() {
        assertThatThrownBy(() -> WorkspaceLoader.load(temp.resolve("gone"), null))
                .isInstanceOf(WorkspaceException.class).hasMessageEndingWith("gone: no such folder");
    }

    @Test
    void sectionsLeftOutTakeTheConventionAndTheIgnoreGlobsApplyToIt() {
        files(temp, "api/.env.qa", "web/.env", "fixtures/bad/.env.broken");
        write(temp, ".confguard.yaml", "version: 1\nignore: [\"**/fixtures/**\"]\n");
        Workspace ws = WorkspaceLoader.load(temp, null);
        assertThat(ws.services()).extracting(Service::name).containsExactly("api", "web");
        assertThat(ws.environments()).extracting(Environment::name).containsExactly("qa");
        assertThat(ws.hierarchy()).isEqualTo(ZeroConfig.DEFAULT_HIERARCHY);
        assertThat(ws.ignore()).containsExactly("**/fixtures/**");
    }

    @Test
    void everySectionIsRead() {
        files(temp, "backend/", "schemas/backend.json");
        write(temp, ".confguard.yaml", String.join("\n",
                "version: 1",
                "dialect: python-dotenv",
                "yamlKeys: env",
                "environments:",
                "  - name: development",
                "    aliases: [dev, local]",
                "  - name: qa",
                "    deployed: false",
                "  - name: production",
                "    aliases: [prod]",
                "services:",
                "  - name: api",
                "    path: ./backend/",
                "    schema: schemas/backend.json",
                "  - name: root",
                "    path: .",
                "hierarchy:",
                "  - .env",
                "  - path: \"{service}/.env.{env}\"",
                "    required: true",
                "rules:",
                "  packs: [builtin:core, builtin:netra]",
                "  severity: {dotenv/quote-character: off, dotenv/bom: error}",
                "ignore: [\"**/fixtures/**\"]",
                "secrets:",
                "  store: inventory",
                "  inventory: secrets-inventory.json",
                "  projects: {prod: netra-production, qa: netra-qa}",
                ""));
        Workspace ws = WorkspaceLoader.load(temp, null);
        assertThat(ws.dialect()).isEqualTo(Dialect.PYTHON_DOTENV);
        assertThat(ws.yamlKeys()).isEqualTo(KeyStyle.ENV);
        assertThat(ws.environments()).containsExactly(
                new Environment("development", List.of("dev", "local"), false),
                new Environment("qa", List.of(), false),
                new Environment("production", List.of("prod"), true));
        assertThat(ws.services()).containsExactly(
                new Service("api", "backend", "schemas/backend.json"),
                new Service("root", "", null));
        assertThat(ws.hierarchy()).containsExactly(new LayerPattern(".env", false),
                new LayerPattern("{service}/.env.{env}", true));
        assertThat(ws.rulePacks()).containsExactly("builtin:core", "builtin:netra");
        assertThat(ws.severities()).isEqualTo(Map.of("dotenv/quote-character", "off", "dotenv/bom", "error"));
        assertThat(ws.ignore()).containsExactly("**/fixtures/**");
        assertThat(ws.ignoreGlobs().ignores("backend/fixtures/.env")).isTrue();
        assertThat(ws.secrets()).isEqualTo(new SecretSettings("inventory", "secrets-inventory.json",
                Map.of("production", "netra-production", "qa", "netra-qa")));
        assertThat(ws.environment("dev").name()).isEqualTo("development");
    }

    @Test
    void aJsonConfigGivenExplicitlyIsReadAsJson() {
        Path config = write(temp, "confguard.json", "{\"version\": 1, \"dialect\": \"node-dotenv\"}\n");
        assertThat(WorkspaceLoader.load(temp, config).dialect()).isEqualTo(Dialect.NODE_DOTENV);
    }
}
