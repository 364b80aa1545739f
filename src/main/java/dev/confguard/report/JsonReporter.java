package dev.confguard.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON contract CI builds on (version 1): {@code {"version":1,"findings":[...],"summary":{...}}},
 * findings sorted by file, line and column, {@code file} relative to the working directory.
 */
public final class JsonReporter implements Reporter {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(json, f);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("errors", report.count(Severity.ERROR));
            json.writeNumberField("warnings", report.count(Severity.WARNING));
            json.writeNumberField("infos", report.count(Severity.INFO));
            json.writeNumberField("files", report.fileCount());
            if (report.baselined() > 0) {
                json.writeNumberField("baselined", report.baselined());
            }
            json.writeEndObject();
            if (report.isIncomplete()) {
                json.writeArrayFieldStart("incomplete");
                for (String reason : report.incomplete()) {
                    json.writeString(reason);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("message", f.message());
        json.writeStringField("file", f.file());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeNumberField("endLine", f.endLine());
        json.writeNumberField("endColumn", f.endColumn());
        if (f.key() != null) {
            json.writeStringField("key", f.key());
        }
        if (f.service() != null) {
            json.writeStringField("service", f.service());
        }
        if (f.environment() != null) {
            json.writeStringField("environment", f.environment());
        }
        if (!f.related().isEmpty()) {
            json.writeArrayFieldStart("related");
            for (RelatedLocation r : f.related()) {
                json.writeStartObject();
                json.writeStringField("file", r.file());
                json.writeNumberField("line", r.line());
                json.writeNumberField("column", r.column());
                json.writeNumberField("endLine", r.endLine());
                json.writeNumberField("endColumn", r.endColumn());
                if (r.message() != null) {
                    json.writeStringField("message", r.message());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!f.details().isEmpty()) {
            json.writeObjectFieldStart("details");
            for (Map.Entry<String, String> d : f.details().entrySet()) {
                json.writeStringField(d.getKey(), d.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    static JsonEncoding encoding() {
        return JsonEncoding.UTF8;
    }
}
