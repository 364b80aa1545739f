package dev.confguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.resolve.ResolvedValue;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Prints {@code confguard diff}: per service, the keys only one of the two environments sets, with locations. */
public final class EnvironmentDiffWriter {
    private EnvironmentDiffWriter() {
    }

    public static void text(List<EnvironmentDiff> diffs, String left, String right, Writer out) throws IOException {
        int differing = 0;
        for (EnvironmentDiff d : diffs) {
            if (d.isEmpty()) {
                continue;
            }
            differing++;
            out.write(d.service() + ": " + (d.onlyLeft().size() + d.onlyRight().size()) + " keys set in only one of "
                    + left + " and " + right + "\n");
            int width = 0;
            for (ResolvedValue v : d.onlyLeft()) {
                width = Math.max(width, v.key().length());
            }
            for (ResolvedValue v : d.onlyRight()) {
                width = Math.max(width, v.key().length());
            }
            for (ResolvedValue v : d.onlyLeft()) {
                out.write(String.format("  only in %-" + Math.max(left.length(), right.length()) + "s  %-" + width
                        + "s  %s%n", left, v.key(), v.origin().location()));
            }
            for (ResolvedValue v : d.onlyRight()) {
                out.write(String.format("  only in %-" + Math.max(left.length(), right.length()) + "s  %-" + width
                        + "s  %s%n", right, v.key(), v.origin().location()));
            }
        }
        out.write(differing == 0 ? "No differences in the keys of " + diffs.size() + " services between " + left
                + " and " + right + ".\n"
                : differing + " of " + diffs.size() + " services differ between " + left + " and " + right + ".\n");
        out.flush();
    }

    public static void json(List<EnvironmentDiff> diffs, String left, String right, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("environments");
            json.writeString(left);
            json.writeString(right);
            json.writeEndArray();
            json.writeArrayFieldStart("services");
            for (EnvironmentDiff d : diffs) {
                json.writeStartObject();
                json.writeStringField("service", d.service());
                json.writeObjectFieldStart("onlyIn");
                keys(json, left, d.onlyLeft());
                keys(json, right, d.onlyRight());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void keys(JsonGenerator json, String env, List<ResolvedValue> values) throws IOException {
        json.writeArrayFieldStart(env);
        for (ResolvedValue v : values) {
            json.writeStartObject();
            json.writeStringField("key", v.key());
            json.writeStringField("file", v.origin().file());
            json.writeNumberField("line", v.origin().line());
            json.writeNumberField("column", v.origin().column());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
