package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service schemas through the command line: a schema that cannot be used stops check and resolve with
 * exit code 2 and one {@code file:line:col: message} per error; findings carry keyword, pointer and
 * schema location in JSON.
 */
class SchemaCommandsTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        TestFiles.write(dir, name, content);
    }

    @BeforeEach
    void workspace() throws IOException {
        write("api/.env", "PORT=8080\nLOG_LEVEL=info\n");
        write("api/.env.staging", "PORT=80a80\nLOG_LEVEL=verbose\n");
    }

    /** The error lines of a run that must stop with exit code 2. */
    private List<String> errors(String... args) {
        CliRun run = CliRun.in(dir, args.length == 0 ? new String[] {"check"} : args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        return run.err().lines().toList();
    }

    @Test
    void aSchemaWithoutSchemaKeywordIsDraft07() throws IOException {
        // exclusiveMinimum is a number in draft-07 (a boolean in draft-04, everit's default)
        write("schemas/api.schema.json", "{\"properties\": {\"PORT\": {\"type\": \"integer\", \"exclusiveMinimum\": 8079}}}");
        CliRun run = CliRun.in(dir, "check", "--select", "schema");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("api/.env.staging:1:6: error schema/coercion: PORT must be an integer, got \"80a80\"");
    }

    @Test
    void unknownKeywordsAndFormatsAreReportedAtTheirLine() throws IOException {
        write("schemas/api.schema.json", "{\n  \"type\": \"object\",\n  \"requried\": [\"PORT\"],\n"
                + "  \"properties\": {\n    \"PORT\": {\"type\": \"integer\", \"format\": \"prot\"},\n"
                + "    \"LOG_LEVEL\": {\"enum\": [\"info\"], \"minLenght\": 1}\n  }\n}\n");
        assertThat(errors()).containsExactly(
                "confguard: error: schemas/api.schema.json:3:3: unknown key 'requried'; did you mean 'required'?",
                "confguard: error: schemas/api.schema.json:5:43: properties.PORT.format is 'prot'; expected one of: "
                        + "uri, hostname, email, port, postgres-dsn, redis-url, secret-ref, duration, date, date-time, "
                        + "time, ipv4, ipv6, uri-reference, uri-template, json-pointer, relative-json-pointer, regex; "
                        + "did you mean 'port'?; confguard knows only these formats",
                "confguard: error: schemas/api.schema.json:6:37: unknown key 'minLenght' in properties.LOG_LEVEL; "
                        + "did you mean 'minLength'?");
    }

    @Test
    void aRemoteRefIsAnErrorAtItsLineAndNothingIsFetched() throws IOException {
        write("schemas/api.schema.json", "{\n  \"properties\": {\n"
                + "    \"PORT\": {\"$ref\": \"https://schemas.example.com/port.json\"}\n  }\n}\n");
        assertThat(errors()).containsExactly("confguard: error: schemas/api.schema.json:3:22: remote $ref "
                + "'https://schemas.example.com/port.json': confguard never fetches schemas over the network; save the "
                + "schema next to this one and refer to it by a relative path");
    }

    @Test
    void localRefsStayInTheSchemasFolderAndMustPointAtSomething() throws IOException {
        write("schemas/api.schema.json", "{\n  \"properties\": {\n"
                + "    \"A\": {\"$ref\": \"../secrets.json\"},\n"
                + "    \"B\": {\"$ref\": \"common/missing.json\"},\n"
                + "    \"C\": {\"$ref\": \"#/definitions/prot\"},\n"
                + "    \"D\": {\"$ref\": \"common/defs.json#/definitions/nope\"},\n"
                + "    \"E\": {\"$ref\": \"file:///etc/passwd\"}\n"
                + "  },\n  \"definitions\": {\"port\": {\"type\": \"integer\"}}\n}\n");
        write("schemas/common/defs.json", "{\"definitions\": {\"port\": {\"type\": \"integer\", \"maximun\": 9}}}");
        assertThat(errors()).containsExactly(
                "confguard: error: schemas/api.schema.json:3:19: $ref '../secrets.json' leaves the schema's folder "
                        + "schemas/; a schema may refer only to files in its folder or below it",
                "confguard: error: schemas/api.schema.json:4:19: $ref 'common/missing.json': no such file "
                        + "schemas/common/missing.json",
                "confguard: error: schemas/api.schema.json:5:19: $ref '#/definitions/prot' points at nothing in this "
                        + "file; did you mean 'port'?",
                "confguard: error: schemas/api.schema.json:6:19: $ref 'common/defs.json#/definitions/nope': "
                        + "schemas/common/defs.json has nothing at /definitions/nope",
                "confguard: error: schemas/api.schema.json:7:19: $ref 'file:///etc/passwd' uses the scheme 'file:'; a "
                        + "$ref is a JSON pointer (#/definitions/x) or a relative path to a file beside this schema",
                "confguard: error: schemas/common/defs.json:1:46: unknown key 'maximun' in definitions.port; did you "
                        + "mean 'maximum'?");
    }

    @Test
    void syntaxErrorsOtherDraftsAndPatternsRe2CannotRunAreErrors() throws IOException {
        write("schemas/api.schema.json", "{\n  \"properties\": {\"PORT\": {\"type\": \"integer\",}}\n}\n");
        assertThat(errors()).singleElement().asString().startsWith("confguard: error: schemas/api.schema.json:2:");
        write("schemas/api.schema.json", "{\"$schema\": \"http://json-schema.org/draft-04/schema#\"}");
        assertThat(errors()).singleElement().asString()
                .startsWith("confguard: error: schemas/api.schema.json:1:13: $schema is 'http://json-schema.org/draft-04/schema#'")
                .endsWith("confguard validates service schemas as JSON Schema draft-07; leave $schema out or name draft-07");
        write("schemas/api.schema.json", "{\"properties\": {\"PORT\": {\"pattern\": \"^(?!0)\\\\d+$\"}}}");
        assertThat(errors()).singleElement().asString()
                .startsWith("confguard: error: schemas/api.schema.json:1:37: pattern '^(?!0)\\d+$' cannot be used")
                .contains("RE2/J");
    }

    @Test
    void resolveStopsTooForItCannotTellWhichKeysAreSecret() throws IOException {
        write("schemas/api.schema.json", "{\"properties\": {\"PORT\": {\"format\": \"prot\"}}}");
        assertThat(errors("resolve", "-s", "api", "-e", "staging")).singleElement().asString()
                .startsWith("confguard: error: schemas/api.schema.json:1:36: properties.PORT.format is 'prot'");
    }

    @Test
    void anUnknownBuiltinSchemaIsAConfigurationError() throws IOException {
        write(".confguard.yaml", "version: 1\nservices:\n  - name: api\n    schema: builtin:netra/bakend\n");
        assertThat(errors()).singleElement().asString().endsWith(".confguard.yaml:4:13: no builtin "
                + "schema 'builtin:netra/bakend'; did you mean 'builtin:netra/backend'? (builtin schemas: "
                + "builtin:netra/auth, builtin:netra/backend, builtin:netra/frontend)");
    }

    @Test
    void jsonFindingsCarryKeywordPointerAndSchemaLocation() throws IOException {
        write("schemas/api.schema.json", "{\"properties\": {\"PORT\": {\"type\": \"integer\"},"
                + " \"LOG_LEVEL\": {\"enum\": [\"debug\", \"info\"]}}, \"required\": [\"NAME\"]}");
        CliRun run = CliRun.in(dir, "check", "--select", "schema", "--format", "json", "--env", "staging");
        JSONArray findings = new JSONObject(run.out()).getJSONArray("findings");
        assertThat(findings.length()).as(run.out()).isEqualTo(3);
        JSONObject missing = findings.getJSONObject(0);
        assertThat(missing.getString("ruleId")).isEqualTo("schema/missing-required");
        assertThat(missing.getString("file")).isEqualTo("api/.env.staging");
        assertThat(missing.getInt("line")).isEqualTo(1);
        assertThat(missing.getJSONObject("details").toMap()).containsEntry("keyword", "required")
                .containsEntry("pointer", "/NAME");
        assertThat(missing.getJSONArray("related").length()).isGreaterThan(2);
        JSONObject coercion = findings.getJSONObject(1);
        assertThat(coercion.getString("ruleId")).isEqualTo("schema/coercion");
        assertThat(coercion.getJSONObject("details").toMap()).containsEntry("keyword", "type")
                .containsEntry("pointer", "/PORT");
        JSONObject invalid = findings.getJSONObject(2);
        assertThat(invalid.getString("ruleId")).isEqualTo("schema/invalid-value");
        assertThat(invalid.getInt("line")).isEqualTo(2);
        assertThat(invalid.getInt("column")).isEqualTo(11);
        assertThat(invalid.getInt("endColumn")).isEqualTo(18);
        assertThat(invalid.getJSONObject("details").toMap()).containsEntry("keyword", "enum")
                .containsEntry("pointer", "/LOG_LEVEL")
                .containsEntry("schema", "schemas/api.schema.json#/properties/LOG_LEVEL");
        assertThat(invalid.getString("message")).isEqualTo("LOG_LEVEL must be one of debug, info, got \"verbose\" (enum)");
    }

    @Test
    void findingsWithoutDetailsHaveNoDetailsField() {
        CliRun run = CliRun.in(dir, "check", "--format", "json");
        assertThat(run.out()).doesNotContain("\"details\"");
    }
}
