package dev.confguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.engine.InputError;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.findings.Severity;
import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleDocs;
import dev.confguard.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools: {@code tool.driver.rules} from the registry (summary, doc as
 * help, default level), one result per finding with its region, related locations and a
 * line-shift-proof partial fingerprint; columns are UTF-16 code units. Inputs that could not be used
 * are tool notifications and mark the invocation as not successful.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private final List<Rule> rules;
    private final String version;
    private final String rootUri;

    public SarifReporter(List<Rule> rules, String version, String rootUri) {
        this.rules = List.copyOf(rules);
        this.version = version;
        this.rootUri = rootUri;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart("%SRCROOT%");
            json.writeStringField("uri", rootUri);
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            writeInvocation(json, report);
            json.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                writeResult(json, report, f, ruleIndex.get(f.ruleId()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private void writeTool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "confguard");
        json.writeStringField("semanticVersion", version);
        json.writeStringField("informationUri", "https://github.com/confguard/confguard");
        json.writeArrayFieldStart("rules");
        for (Rule rule : rules) {
            RuleMeta meta = rule.meta();
            json.writeStartObject();
            json.writeStringField("id", meta.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", meta.summary());
            json.writeEndObject();
            String doc = RuleDocs.of(rule);
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", doc == null ? meta.summary() : firstParagraph(doc));
            json.writeEndObject();
            if (doc != null) {
                json.writeObjectFieldStart("help");
                json.writeStringField("text", doc);
                json.writeStringField("markdown", doc);
                json.writeEndObject();
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(meta.defaultSeverity()));
            json.writeBooleanField("enabled", meta.enabledByDefault());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", report.errors().isEmpty() && !report.isIncomplete());
        if (!report.errors().isEmpty() || report.isIncomplete()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (InputError e : report.errors()) {
                notification(json, e.message());
            }
            for (String reason : report.incomplete()) {
                notification(json, "incomplete: " + reason);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void notification(JsonGenerator json, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("level", "error");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Report report, Finding f, Integer index) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        writeLocation(json, f.file(), f.line(), f.column(), f.endLine(), f.endColumn(), null, -1);
        json.writeEndArray();
        if (!f.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (RelatedLocation r : f.related()) {
                writeLocation(json, r.file(), r.line(), r.column(), r.endLine(), r.endColumn(), r.message(), id++);
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("confguard/v1", FlaggedText.fingerprint(report, f));
        json.writeEndObject();
        if (f.service() != null || f.environment() != null || f.key() != null) {
            json.writeObjectFieldStart("properties");
            if (f.key() != null) {
                json.writeStringField("key", f.key());
            }
            if (f.service() != null) {
                json.writeStringField("service", f.service());
            }
            if (f.environment() != null) {
                json.writeStringField("environment", f.environment());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, String file, int line, int column, int endLine,
                                      int endColumn, String message, int id) throws IOException {
        json.writeStartObject();
        if (id > 0) {
            json.writeNumberField("id", id);
        }
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(file));
        json.writeStringField("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", line);
        json.writeNumberField("startColumn", column);
        json.writeNumberField("endLine", endLine);
        json.writeNumberField("endColumn", Math.max(endColumn, endLine == line ? column : 1));
        json.writeEndObject();
        json.writeEndObject();
        if (message != null) {
            json.writeObjectFieldStart("message");
            json.writeStringField("text", message);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A relative file path as a URI reference: segments percent-encoded, slashes kept. */
    static String uri(String file) {
        StringBuilder out = new StringBuilder();
        for (String segment : file.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    private static String firstParagraph(String doc) {
        String body = doc.replaceFirst("(?s)^## What it does\\s*", "");
        int end = body.indexOf("\n\n");
        return (end < 0 ? body : body.substring(0, end)).replace('\n', ' ').trim();
    }
}
