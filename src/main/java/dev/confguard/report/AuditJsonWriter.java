package dev.confguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.secrets.audit.AuditEntry;
import dev.confguard.secrets.audit.SecretAudit;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.verify.Verdict;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code secrets audit --format json} (version 1): {@code references} (each with where, which secret,
 * its status and the version it names), {@code orphans}, {@code incomplete} and {@code summary}.
 */
public final class AuditJsonWriter {
    private AuditJsonWriter() {
    }

    public static void write(SecretAudit audit, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeNumberField("maxAgeDays", audit.maxAge().toDays());
            json.writeArrayFieldStart("references");
            for (AuditEntry e : audit.references()) {
                reference(json, e);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("orphans");
            for (StoredSecret s : audit.orphans()) {
                json.writeStartObject();
                json.writeStringField("project", s.project());
                json.writeStringField("secret", s.secret());
                StoredVersion newest = s.newestEnabled();
                if (newest != null) {
                    json.writeNumberField("newestEnabled", newest.number());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("incomplete");
            for (String reason : audit.incomplete()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("references", audit.references().size());
            json.writeNumberField("broken", audit.broken());
            json.writeNumberField("pinnedOld", audit.pinnedOld());
            json.writeNumberField("tooOld", audit.tooOld());
            json.writeNumberField("orphans", audit.orphans().size());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void reference(JsonGenerator json, AuditEntry e) throws IOException {
        Verdict v = e.verdict();
        json.writeStartObject();
        json.writeStringField("service", v.site().config().service().name());
        json.writeStringField("environment", v.site().config().environment().name());
        json.writeStringField("key", v.site().key());
        json.writeStringField("file", v.site().at().file());
        json.writeNumberField("line", v.site().at().line());
        json.writeNumberField("column", v.site().at().column());
        json.writeStringField("form", v.site().form());
        json.writeStringField("text", v.site().reference().text());
        if (v.ref() != null) {
            json.writeObjectFieldStart("secret");
            if (v.ref().project() != null) {
                json.writeStringField("project", v.ref().project());
            }
            json.writeStringField("secret", v.ref().secret());
            json.writeStringField("version", v.ref().version());
            json.writeEndObject();
        }
        json.writeStringField("status", AuditTextWriter.label(v.status()));
        if (!v.explanation().isEmpty()) {
            json.writeStringField("explanation", v.explanation());
        }
        if (v.version() != null) {
            json.writeNumberField("resolvedVersion", v.version().number());
            json.writeStringField("versionState", v.version().state().name());
            json.writeStringField("versionCreated", v.version().created().toString());
            json.writeNumberField("ageDays", e.age().toDays());
            json.writeBooleanField("tooOld", e.tooOld());
        }
        if (e.pinnedOld()) {
            json.writeNumberField("newerEnabled", e.newerEnabled());
        }
        json.writeEndObject();
    }
}
