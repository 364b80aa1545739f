package dev.confguard.workspace;

import static dev.confguard.workspace.Trees.files;
import static dev.confguard.workspace.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of configuration error lands on the right line and column with a message that says what to do. */
class ConfigValidationTest {
    @TempDir
    Path temp;

    private WorkspaceException failure(String... lines) {
        Path config = write(temp, ".confguard.yaml", String.join("\n", lines) + "\n");
        WorkspaceException e = catchThrowableOfType(WorkspaceException.class, () -> WorkspaceLoader.read(config));
        assertThat(e).as("the configuration should be refused").isNotNull();
        assertThat(e.errors()).allSatisfy(err -> assertThat(err.file()).endsWith(".confguard.yaml"));
        return e;
    }

    /** Each error as {@code line:col: message}. */
    private List<String> errors(String... lines) {
        return failure(lines).errors().stream().map(e -> e.line() + ":" + e.column() + ": " + e.message()).toList();
    }

    @Test
    void aTypoInATopLevelKeyPointsAtTheKeyWithASuggestion() {
        assertThat(errors("version: 1", "enviroments: [dev]"))
                .containsExactly("2:1: unknown key 'enviroments'; did you mean 'environments'?");
    }

    @Test
    void aTypoInANestedKeyPointsAtTheKeyAndNamesWhereItIs() {
        assertThat(errors("version: 1", "environments:", "  - name: dev", "    aliasses: [local]",
                "secrets:", "  stor: off"))
                .containsExactly("4:5: unknown key 'aliasses' in environments[0]; did you mean 'aliases'?",
                        "6:3: unknown key 'stor' in secrets; did you mean 'store'?");
    }

    @Test
    void anUnknownKeyWithoutACloseMatchListsTheKnownOnes() {
        files(temp, "api/");
        assertThat(errors("version: 1", "services:", "  - name: api", "    owner: team-a"))
                .containsExactly("4:5: unknown key 'owner' in services[0]; expected one of: name, path, schema");
    }

    @Test
    void aWrongTypePointsAtTheValue() {
        assertThat(errors("version: 1", "services:", "  - name: api", "    path: [a, b]", "ignore: fixtures"))
                .containsExactly("4:11: services[0].path must be a string, not a list",
                        "5:9: ignore must be a list, not 'fixtures'");
    }

    @Test
    void aYamlBooleanWhereTextIsExpectedGetsAQuotingHint() {
        assertThat(errors("version: 1", "environments: [dev, no]"))
                .containsExactly("2:21: environments[1] must be a string or a mapping, not the boolean false "
                        + "(YAML 1.1 reads bare yes, no, on, off, y and n as true or false; quote it if you mean the text)");
    }

    @Test
    void aValueOutsideAnEnumListsTheChoicesAndSuggestsOne() {
        assertThat(errors("version: 1", "dialect: pyhton-dotenv", "rules:", "  severity: {dotenv/bom: on}"))
                .containsExactly("2:10: dialect is 'pyhton-dotenv'; expected one of: common, python-dotenv, "
                                + "node-dotenv, dotenv-java; did you mean 'python-dotenv'?",
                        "4:26: rules.severity.dotenv/bom is the boolean true; expected one of: error, warning, info, "
                                + "off (YAML 1.1 reads bare yes, no, on, off, y and n as true or false; quote it if "
                                + "you mean the text)");
    }

    @Test
    void theVersionIsRequiredAndOnlyOne() {
        assertThat(errors("dialect: common"))
                .containsExactly("1:1: missing required key 'version' (start the file with 'version: 1')");
        assertThat(errors("version: 2")).containsExactly("1:10: version is the number 2; the only format version is 1");
    }

    @Test
    void aBadEnvironmentNameSaysWhichCharactersAreAllowed() {
        assertThat(errors("version: 1", "environments:", "  - name: \"eu west\""))
                .singleElement().asString().startsWith("3:11: environments[0].name is 'eu west'; ")
                .contains("letters, digits, '_' and '-'");
    }

    @Test
    void forAStringOrMappingItemTheClosestBranchIsReported() {
        assertThat(errors("version: 1", "hierarchy:", "  - path: .env", "    requird: true", "  - 42"))
                .containsExactly("4:5: unknown key 'requird' in hierarchy[0]; did you mean 'required'?",
                        "5:5: hierarchy[1] must be a string or a mapping, not the number 42");
    }

    @Test
    void anUnknownPlaceholderPointsAtThePlaceholderItself() {
        assertThat(errors("version: 1", "hierarchy:", "  - .env", "  - \"{service}/.env.{enviroment}\"",
                "  - path: conf/{srv}.yaml"))
                .containsExactly("4:21: unknown placeholder '{enviroment}' in hierarchy[1]; did you mean '{env}'? "
                                + "(a layer may use {service} and {env})",
                        "5:16: unknown placeholder '{srv}' in hierarchy[2].path; did you mean '{service}'? "
                                + "(a layer may use {service} and {env})");
    }

    @Test
    void strayBracesAndPathsOutsideTheRootAreRefused() {
        assertThat(errors("version: 1", "hierarchy:", "  - \"{service/.env\"", "  - ../shared/.env"))
                .containsExactly("3:5: hierarchy[0] '{service/.env' has a '{' that is not part of a placeholder; "
                                + "a layer may use {service} and {env}",
                        "4:5: hierarchy[1] '../shared/.env' must be a path relative to the workspace root, inside it");
    }

    @Test
    void aDuplicateServiceNamePointsAtTheSecondAndNamesTheFirstLine() {
        files(temp, "api/", "api2/");
        assertThat(errors("version: 1", "services:", "  - name: api", "  - name: api", "    path: api2"))
                .containsExactly("4:11: service 'api' is already defined on line 3; service names must be unique");
    }

    @Test
    void aDuplicateEnvironmentNameOrAliasIsRefused() {
        assertThat(errors("version: 1", "environments:", "  - name: development", "    aliases: [dev]",
                "  - dev", "  - name: production", "    aliases: [prod, production]"))
                .containsExactly("5:5: environment name 'dev' is already used on line 4; each name and alias may "
                                + "belong to one environment only",
                        "7:21: environment name 'production' is already used on line 6; each name and alias may "
                                + "belong to one environment only");
    }

    @Test
    void aServiceFolderOrSchemaThatDoesNotExistIsRefused() {
        files(temp, "web/", "schemas/web.json");
        assertThat(errors("version: 1", "services:", "  - name: api", "  - name: web", "    schema: schemas/web.jsn",
                "  - name: jobs", "    path: workers/jobs", "  - name: up", "    path: ../elsewhere"))
                .containsExactly("3:11: service folder 'api' does not exist (paths are relative to the workspace root, "
                                + "the folder of the config file); the path defaults to the name: set 'path' to the "
                                + "service's folder",
                        "5:13: schema file 'schemas/web.jsn' does not exist (paths are relative to the workspace "
                                + "root, the folder of the config file)",
                        "7:11: service folder 'workers/jobs' does not exist (paths are relative to the workspace "
                                + "root, the folder of the config file)",
                        "9:11: service folder '../elsewhere' must be a path relative to the workspace root, inside it");
    }

    @Test
    void secretsProjectsMustNameKnownEnvironments() {
        assertThat(errors("version: 1", "environments:", "  - name: staging", "  - name: production",
                "    aliases: [prod]", "secrets:", "  projects:", "    staging: netra-staging",
                "    prodution: netra-production"))
                .containsExactly("9:5: secrets.projects names 'prodution', which is not an environment; did you mean "
                        + "'production'? (environments: staging, production)");
    }

    @Test
    void secretsProjectsCannotSetOneEnvironmentTwice() {
        assertThat(errors("version: 1", "environments:", "  - name: production", "    aliases: [prod]",
                "secrets:", "  projects: {production: a, prod: b}"))
                .containsExactly("6:29: secrets.projects sets environment 'production' again (line 6 sets it too, by "
                        + "another of its names)");
    }

    @Test
    void anInventoryStoreNeedsAnInventoryFile() {
        assertThat(errors("version: 1", "secrets:", "  store: inventory"))
                .containsExactly("3:10: secrets.store is 'inventory' but secrets.inventory names no file; add "
                        + "'inventory: secrets-inventory.json' (relative to the workspace root)");
    }

    @Test
    void anUnknownRuleIdInSeverityGetsASuggestion() {
        assertThat(errors("version: 1", "rules:", "  severity:", "    dotenv/quote-charater: off",
                "    dotenv/bom: warning"))
                .containsExactly("4:5: unknown rule 'dotenv/quote-charater' in rules.severity; did you mean "
                        + "'dotenv/quote-character'? (see 'confguard rules')");
    }

    @Test
    void anInvalidIgnoreGlobIsRefused() {
        assertThat(errors("version: 1", "ignore: [\"fixtures/[abc\"]"))
                .containsExactly("2:10: ignore[0] 'fixtures/[abc' is not a valid glob: '[' is never closed");
    }

    @Test
    void aYamlSyntaxErrorIsAConfigError() {
        assertThat(errors("version: 1", "services: [", "  {name: api"))
                .singleElement().asString().startsWith("3:3: YAML syntax error: while parsing a flow mapping");
        assertThat(errors("version: 1", "  dialect: common"))
                .singleElement().asString().startsWith("2:10: YAML syntax error: ");
    }

    @Test
    void aDuplicateYamlKeyIsAConfigError() {
        assertThat(errors("version: 1", "dialect: common", "dialect: node-dotenv"))
                .containsExactly("3:1: dialect is already set on line 2; YAML loaders keep the last value");
    }

    @Test
    void anEmptyFileOrANonMappingIsRefused() {
        assertThat(errors("")).containsExactly("1:1: the configuration is empty; it needs at least 'version: 1'");
        assertThat(errors("- version: 1")).containsExactly("1:1: the configuration must be a mapping, not a list");
    }

    @Test
    void everyErrorIsCollectedInFileOrderAndTheMessageIsTheFirstOnOneLine() {
        WorkspaceException e = failure("version: 1", "services:", "  - name: ghost", "dialect: cobol",
                "enviroments: []");
        assertThat(e.errors()).extracting(ConfigError::line).containsExactly(3, 4, 5);
        ConfigError first = e.errors().get(0);
        assertThat(e.getMessage()).isEqualTo(first.file() + ":3:11: " + first.message() + " (and 2 more)")
                .doesNotContain("\n");
    }
}
