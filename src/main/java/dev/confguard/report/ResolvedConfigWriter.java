package dev.confguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.resolve.LayerFile;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.secrets.Redactor;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints one resolved configuration for {@code confguard resolve}: as text (optionally with the
 * origin of every value, like {@code git config --show-origin}), as JSON, or as a .env file.
 * Secret values are always redacted.
 */
public final class ResolvedConfigWriter {
    /** The formats {@code resolve} accepts. */
    public enum Format {
        TEXT, JSON, DOTENV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ResolvedConfigWriter() {
    }

    public static void write(ResolvedConfig config, Format format, boolean showOrigin, Writer out) throws IOException {
        write(config, Set.of(), format, showOrigin, out);
    }

    /** As above, with {@code markedSecret} the keys the service's schema marks {@code x-secret}. */
    public static void write(ResolvedConfig config, Set<String> markedSecret, Format format, boolean showOrigin,
                             Writer out) throws IOException {
        write(config, markedSecret, java.util.List.of(), format, showOrigin, out);
    }

    /**
     * As above, with the deploy mappings of this (service, environment): the variables Secret Manager fills
     * at deploy time ({@code --set-secrets}, deploy YAML {@code secrets:}, {@code secretKeyRef}), shown
     * with the reference and where it is written. References name secrets and hold none.
     */
    public static void write(ResolvedConfig config, Set<String> markedSecret,
                             java.util.List<dev.confguard.secrets.verify.ReferenceSite> mappings, Format format,
                             boolean showOrigin, Writer out) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (ResolvedValue v : config.values().values()) {
            values.put(v.key(), v.value());
        }
        Redactor redactor = Redactor.of(values, markedSecret);
        switch (format) {
            case JSON:
                json(config, redactor, mappings, out);
                break;
            case DOTENV:
                dotenv(config, redactor, out);
                mappings(mappings, false, out);
                break;
            default:
                text(config, redactor, showOrigin, out);
                mappings(mappings, showOrigin, out);
        }
        out.flush();
    }

    private static void text(ResolvedConfig config, Redactor redactor, boolean showOrigin, Writer out) throws IOException {
        out.write("# " + config.service().name() + " in " + config.environment().name() + "\n");
        if (showOrigin) {
            out.write("# layers, lowest precedence first:\n");
            for (LayerFile layer : config.layers()) {
                out.write("#   " + (layer.layerIndex() + 1) + ". " + layer.file()
                        + (layer.exists() ? "" : "  (absent" + (layer.required() ? ", required" : "") + ")") + "\n");
            }
        }
        for (ResolvedValue v : config.values().values()) {
            String shown = redactor.redactsWhole(v.key(), v.value()) ? redactor.display(v.key(), v.value())
                    : Quoting.quoted(redactor.display(v.key(), v.value()));
            if (showOrigin) {
                out.write(v.origin().location() + "\t" + v.key() + "=" + shown + "\n");
                for (int i = v.chain().size() - 2; i >= 0; i--) {
                    out.write("\toverrides " + v.chain().get(i).location() + "\n");
                }
            } else {
                out.write(v.key() + "=" + shown + "\n");
            }
        }
        for (ResolutionIssue issue : config.issues()) {
            out.write("# " + issue.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + issue.message()
                    + "\n");
        }
    }

    /** Comment lines naming what Secret Manager fills at deploy time. */
    private static void mappings(java.util.List<dev.confguard.secrets.verify.ReferenceSite> mappings, boolean showOrigin,
                                 Writer out) throws IOException {
        if (mappings.isEmpty()) {
            return;
        }
        out.write("# filled at deploy time from Secret Manager:\n");
        for (dev.confguard.secrets.verify.ReferenceSite m : mappings) {
            out.write("#   " + m.key() + " <- " + m.reference().text() + " (" + m.form()
                    + (showOrigin ? ", " + m.at().location() : "") + ")\n");
        }
    }

    private static void dotenv(ResolvedConfig config, Redactor redactor, Writer out) throws IOException {
        out.write("# " + config.service().name() + " in " + config.environment().name()
                + ", resolved by confguard; secret values are left empty\n");
        for (ResolvedValue v : config.values().values()) {
            if (redactor.redacts(v.key(), v.value())) {
                out.write("# " + v.key() + ": " + redactor.display(v.key(), v.value()) + "\n");
                out.write(v.key() + "=\n");
            } else {
                out.write(v.key() + "=" + Quoting.dotenv(v.value()) + "\n");
            }
        }
    }

    private static void json(ResolvedConfig config, Redactor redactor,
                             java.util.List<dev.confguard.secrets.verify.ReferenceSite> mappings, Writer out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeStringField("service", config.service().name());
            json.writeStringField("environment", config.environment().name());
            json.writeArrayFieldStart("layers");
            for (LayerFile layer : config.layers()) {
                json.writeStartObject();
                json.writeNumberField("index", layer.layerIndex());
                json.writeStringField("pattern", layer.pattern());
                json.writeStringField("file", layer.file());
                json.writeBooleanField("exists", layer.exists());
                json.writeBooleanField("required", layer.required());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("values");
            for (ResolvedValue v : config.values().values()) {
                boolean redacted = redactor.redacts(v.key(), v.value());
                json.writeStartObject();
                json.writeStringField("key", v.key());
                json.writeStringField("value", redactor.display(v.key(), v.value()));
                json.writeBooleanField("redacted", redacted);
                json.writeFieldName("origin");
                origin(json, v.origin());
                json.writeArrayFieldStart("overridden");
                for (ValueOrigin o : v.overridden()) {
                    origin(json, o);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("secretMappings");
            for (dev.confguard.secrets.verify.ReferenceSite m : mappings) {
                json.writeStartObject();
                json.writeStringField("key", m.key());
                json.writeStringField("reference", m.reference().text());
                json.writeStringField("form", m.form());
                json.writeFieldName("origin");
                origin(json, m.at());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("issues");
            for (ResolutionIssue issue : config.issues()) {
                json.writeStartObject();
                json.writeStringField("kind", issue.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                if (issue.key() != null) {
                    json.writeStringField("key", issue.key());
                }
                json.writeStringField("message", issue.message());
                if (issue.at() != null) {
                    json.writeFieldName("at");
                    origin(json, issue.at());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void origin(JsonGenerator json, ValueOrigin o) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", o.file());
        json.writeNumberField("line", o.line());
        json.writeNumberField("column", o.column());
        json.writeNumberField("endLine", o.endLine());
        json.writeNumberField("endColumn", o.endColumn());
        json.writeNumberField("layer", o.layerIndex());
        json.writeEndObject();
    }
}
