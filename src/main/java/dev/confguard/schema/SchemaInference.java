package dev.confguard.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.secrets.Redactor;
import dev.confguard.workspace.Environment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A starter schema for one service, from the keys and values seen across its environments:
 *
 * <ul>
 *   <li>a type per key: integer, number or boolean ({@code true/false/yes/no/on/off}) when every
 *       non-empty value reads as one, else string; with {@code null} too when some value is empty;</li>
 *   <li>a format when every non-empty value has it: {@code postgres-dsn}, {@code redis-url},
 *       {@code secret-ref}, {@code uri}, {@code email}, and {@code hostname}/{@code port} for keys named
 *       {@code *_HOST}/{@code *_PORT};</li>
 *   <li>an {@code enum} of 2 to 5 short, word-like values, and else up to two {@code examples};</li>
 *   <li>{@code x-secret: true} for secret-looking keys, and for keys whose values hold a secret: their
 *       values never appear in the schema, as an enum, example or anything else;</li>
 *   <li>{@code required}: the keys every environment sets; keys only some environments set are required
 *       in those through {@code if}/{@code then} on the key that names the environment, when there is one.</li>
 * </ul>
 */
public final class SchemaInference {
    private static final int MAX_ENUM = 5;
    private static final int MAX_ENUM_VALUE_LENGTH = 40;
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:+-]*");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final List<String> WORD_BOOLEANS = List.of("true", "false", "yes", "no", "on", "off");

    private SchemaInference() {
    }

    /** The starter schema as JSON text; {@code configs} are the service's resolved environments, in order. */
    public static String infer(String service, List<ResolvedConfig> configs) {
        return infer(service, configs, java.util.Set.of());
    }

    /**
     * As {@link #infer(String, List)}; {@code markedSecret} are keys known to be secret beyond their names
     * (the service's current schema marks them {@code x-secret}): their values never appear either.
     */
    public static String infer(String service, List<ResolvedConfig> configs, java.util.Set<String> markedSecret) {
        Map<String, Observed> keys = new LinkedHashMap<>();
        for (ResolvedConfig config : configs) {
            Map<String, String> values = new LinkedHashMap<>();
            config.values().values().forEach(v -> values.put(v.key(), v.value()));
            Redactor redactor = Redactor.of(values, markedSecret);
            for (ResolvedValue v : config.values().values()) {
                Observed o = keys.computeIfAbsent(v.key(), k -> new Observed());
                String value = v.value() == null ? "" : v.value();
                o.environments.add(config.environment().name());
                o.secret |= redactor.isSecret(v.key()) || redactor.redactsWhole(v.key(), value);
                o.unshowable |= redactor.redacts(v.key(), value);
                o.values.add(value);
            }
        }
        String environmentKey = environmentKey(configs);
        List<String> environments = new ArrayList<>();
        configs.forEach(c -> environments.add(c.environment().name()));
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("$schema", "http://json-schema.org/draft-07/schema#");
            json.writeStringField("title", service + " configuration");
            json.writeStringField("$comment", "Inferred by 'confguard schema infer' from " + String.join(", ", environments)
                    + ". A starting point: review the types, loosen or tighten the enums, add what the values cannot "
                    + "show, and set additionalProperties to false once every key is listed.");
            json.writeStringField("type", "object");
            List<String> always = new ArrayList<>();
            keys.forEach((key, o) -> {
                if (o.environments.size() == configs.size()) {
                    always.add(key);
                }
            });
            writeStrings(json, "required", always);
            json.writeObjectFieldStart("properties");
            for (Map.Entry<String, Observed> e : keys.entrySet()) {
                json.writeFieldName(e.getKey());
                property(json, e.getKey(), e.getValue(), configs.size());
            }
            json.writeEndObject();
            conditional(json, keys, configs, environmentKey);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void property(JsonGenerator json, String key, Observed o, int environmentCount) throws IOException {
        List<String> present = new ArrayList<>();
        for (String v : o.values) {
            if (!v.isEmpty()) {
                present.add(v);
            }
        }
        boolean someEmpty = present.size() < o.values.size();
        String type = typeOf(present);
        json.writeStartObject();
        if (o.environments.size() < environmentCount) {
            json.writeStringField("description", "Set in " + String.join(", ", o.environments) + ".");
        }
        if (someEmpty && !type.equals("string")) {
            writeStrings(json, "type", List.of(type, "null"));
        } else {
            json.writeStringField("type", type);
        }
        String format = type.equals("string") ? formatOf(key, present) : type.equals("integer") ? portOf(key, present) : null;
        if (format != null) {
            json.writeStringField("format", format);
        }
        if (o.secret) {
            json.writeBooleanField("x-secret", true);
        } else if (!o.unshowable && type.equals("string") && format == null) {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(present));
            if (distinct.size() >= 2 && distinct.size() <= MAX_ENUM && distinct.stream().allMatch(SchemaInference::wordLike)) {
                writeStrings(json, "enum", someEmpty ? withEmpty(distinct) : distinct);
            } else if (!distinct.isEmpty()) {
                writeStrings(json, "examples", distinct.subList(0, Math.min(2, distinct.size())));
            }
        }
        json.writeEndObject();
    }

    /** if/then blocks that require, in each environment, the keys only some environments set. */
    private static void conditional(JsonGenerator json, Map<String, Observed> keys, List<ResolvedConfig> configs,
                                    String environmentKey) throws IOException {
        if (environmentKey == null) {
            return;
        }
        List<ResolvedConfig> withExtras = new ArrayList<>();
        for (ResolvedConfig c : configs) {
            if (!extraKeys(keys, c, configs.size()).isEmpty()) {
                withExtras.add(c);
            }
        }
        if (withExtras.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("allOf");
        for (ResolvedConfig c : withExtras) {
            json.writeStartObject();
            json.writeObjectFieldStart("if");
            json.writeObjectFieldStart("properties");
            json.writeObjectFieldStart(environmentKey);
            json.writeStringField("const", c.value(environmentKey));
            json.writeEndObject();
            json.writeEndObject();
            writeStrings(json, "required", List.of(environmentKey));
            json.writeEndObject();
            json.writeObjectFieldStart("then");
            writeStrings(json, "required", extraKeys(keys, c, configs.size()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static List<String> extraKeys(Map<String, Observed> keys, ResolvedConfig config, int environmentCount) {
        List<String> out = new ArrayList<>();
        keys.forEach((key, o) -> {
            if (o.environments.size() < environmentCount && o.environments.contains(config.environment().name())) {
                out.add(key);
            }
        });
        return out;
    }

    /**
     * The key whose value names the environment in every one of them (ENVIRONMENT, NEXT_PUBLIC_ENV…),
     * preferring one with ENV in its name; null when none does or there is only one environment.
     */
    static String environmentKey(List<ResolvedConfig> configs) {
        if (configs.size() < 2) {
            return null;
        }
        String best = null;
        for (String key : configs.get(0).values().keySet()) {
            boolean names = true;
            for (ResolvedConfig c : configs) {
                String v = c.value(key);
                Environment e = c.environment();
                names &= v != null && (e.name().equalsIgnoreCase(v) || e.aliases().stream().anyMatch(v::equalsIgnoreCase));
            }
            if (names && (best == null || key.toUpperCase(Locale.ROOT).contains("ENV")
                    && !best.toUpperCase(Locale.ROOT).contains("ENV"))) {
                best = key;
            }
        }
        return best;
    }

    private static String typeOf(List<String> values) {
        if (values.isEmpty()) {
            return "string";
        }
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches())) {
            return "integer";
        }
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches() || NUMBER.matcher(v).matches())) {
            return "number";
        }
        if (values.stream().allMatch(v -> WORD_BOOLEANS.contains(v.toLowerCase(Locale.ROOT)))) {
            return "boolean";
        }
        return "string";
    }

    private static String formatOf(String key, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String upper = key.toUpperCase(Locale.ROOT);
        List<CustomFormat> candidates = new ArrayList<>(List.of(CustomFormat.POSTGRES_DSN, CustomFormat.REDIS_URL,
                CustomFormat.SECRET_REF, CustomFormat.URI_FORMAT, CustomFormat.EMAIL));
        if (upper.endsWith("_HOST") || upper.equals("HOST")) {
            candidates.add(CustomFormat.HOSTNAME);
        }
        for (CustomFormat format : candidates) {
            boolean all = true;
            for (String v : values) {
                all &= format.problem(v).isEmpty() && (format != CustomFormat.POSTGRES_DSN || v.contains("://"));
            }
            if (all) {
                return format.formatName();
            }
        }
        return null;
    }

    private static String portOf(String key, List<String> values) {
        String upper = key.toUpperCase(Locale.ROOT);
        boolean port = (upper.endsWith("_PORT") || upper.equals("PORT")) && !values.isEmpty();
        for (String v : values) {
            port &= CustomFormat.PORT.problem(v.startsWith("+") ? v.substring(1) : v).isEmpty();
        }
        return port ? "port" : null;
    }

    private static boolean wordLike(String value) {
        return value.length() <= MAX_ENUM_VALUE_LENGTH && WORD.matcher(value).matches();
    }

    private static List<String> withEmpty(List<String> values) {
        List<String> out = new ArrayList<>(values);
        out.add("");
        return out;
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** What was seen of one key: in which environments, its values, whether any of them is secret. */
    private static final class Observed {
        final Set<String> environments = new LinkedHashSet<>();
        final List<String> values = new ArrayList<>();
        boolean secret;
        boolean unshowable;
    }
}
