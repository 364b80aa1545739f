package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SARIF (validated against the official 2.1.0 schema), JUnit XML and GitHub annotations from check and lint. */
class ReportFormatsTest {
    static Schema sarifSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaLoader.load(new JSONObject(new JSONTokener(in)));
        }
    }

    private void workspace() throws IOException {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/.env"), "PORT=8080\nPORT=8081\nname=x\nURL=${MISSING}\n");
        Files.writeString(dir.resolve("api/.env.staging"), "HOST=a,b:c\n");
    }

    private static void assertValidSarif(String out) {
        try {
            sarifSchema.validate(new JSONObject(out));
        } catch (ValidationException e) {
            throw new AssertionError("SARIF invalid: " + String.join("; ", e.getAllMessages()), e);
        }
    }

    @Test
    void sarifFromCheckValidatesAndCarriesRulesRegionsAndFingerprints() throws IOException {
        workspace();
        CliRun run = CliRun.in(dir, "check", "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(1);
        assertValidSarif(run.out());
        JSONObject sarif = new JSONObject(run.out());
        JSONObject runObj = sarif.getJSONArray("runs").getJSONObject(0);
        assertThat(runObj.getString("columnKind")).isEqualTo("utf16CodeUnits");
        JSONArray rules = runObj.getJSONObject("tool").getJSONObject("driver").getJSONArray("rules");
        assertThat(rules.length()).isGreaterThan(20);
        JSONArray results = runObj.getJSONArray("results");
        JSONObject dup = null;
        JSONObject undefined = null;
        for (Object o : results) {
            JSONObject r = (JSONObject) o;
            if (r.getString("ruleId").equals("dotenv/duplicate-key")) {
                dup = r;
            }
            if (r.getString("ruleId").equals("resolve/undefined-variable")) {
                undefined = r;
            }
        }
        assertThat(dup.getString("level")).isEqualTo("error");
        JSONObject region = dup.getJSONArray("locations").getJSONObject(0).getJSONObject("physicalLocation")
                .getJSONObject("region");
        assertThat(region.getInt("startLine")).isEqualTo(2);
        assertThat(region.getInt("endColumn")).isEqualTo(5);
        assertThat(rules.getJSONObject(dup.getInt("ruleIndex")).getString("id")).isEqualTo("dotenv/duplicate-key");
        assertThat(dup.getJSONObject("partialFingerprints").getString("confguard/v1")).hasSize(32);
        assertThat(undefined.getJSONObject("properties").getString("environment")).isNotEmpty();
    }

    @Test
    void sarifFingerprintsSurviveInsertedLines() throws IOException {
        workspace();
        String before = fingerprints(CliRun.in(dir, "lint", "--format", "sarif").out());
        Files.writeString(dir.resolve("api/.env"), "# a new comment\n\nPORT=8080\nPORT=8081\nname=x\nURL=${MISSING}\n");
        String after = fingerprints(CliRun.in(dir, "lint", "--format", "sarif").out());
        assertThat(after).isEqualTo(before);
    }

    private static String fingerprints(String sarif) {
        StringBuilder out = new StringBuilder();
        for (Object o : new JSONObject(sarif).getJSONArray("runs").getJSONObject(0).getJSONArray("results")) {
            out.append(((JSONObject) o).getJSONObject("partialFingerprints").getString("confguard/v1")).append('\n');
        }
        return out.toString();
    }

    @Test
    void sarifOfACleanRunAndOfUnusableInputValidate() throws IOException {
        Files.writeString(dir.resolve(".env"), "A=1\n");
        CliRun clean = CliRun.in(dir, "lint", "--format", "sarif");
        assertThat(clean.exitCode()).isZero();
        assertValidSarif(clean.out());
        CliRun missing = CliRun.in(dir, "lint", "--format", "sarif", ".env", "nope.env");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertValidSarif(missing.out());
        assertThat(new JSONObject(missing.out()).getJSONArray("runs").getJSONObject(0).getJSONArray("invocations")
                .getJSONObject(0).getBoolean("executionSuccessful")).isFalse();
    }

    @Test
    void junitHasAFailurePerFindingAndParses() throws Exception {
        workspace();
        CliRun run = CliRun.in(dir, "check", "--format", "junit");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        int failures = xml.getElementsByTagName("failure").getLength();
        assertThat(failures).isEqualTo(Integer.parseInt(root.getAttribute("failures"))).isGreaterThanOrEqualTo(3);
        Element first = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("classname")).isEqualTo("api/.env");
        Files.writeString(dir.resolve("api/.env"), "PORT=8080\n");
        Files.delete(dir.resolve("api/.env.staging"));
        CliRun clean = CliRun.in(dir, "lint", "--format", "junit");
        Document cleanXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(clean.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(cleanXml.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(cleanXml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void githubAnnotationsAreWorkflowCommandsWithEscapedValues() throws IOException {
        workspace();
        CliRun run = CliRun.in(dir, "lint", "--format", "github");
        assertThat(run.out()).contains("::error file=api/.env,line=2,col=1,endLine=2,endColumn=5,"
                + "title=dotenv/duplicate-key::PORT is already set on line 1")
                .contains("::warning file=api/.env,line=3,col=1");
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> sarifSchema.validate(new JSONObject("{\"version\": \"2.1.0\", \"runs\": [{}]}")))
                .isInstanceOf(ValidationException.class);
    }
}
