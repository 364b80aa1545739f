package dev.confguard.schema;

import dev.confguard.errors.Spelling;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.resolve.LayerFile;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.secrets.Redactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;

/**
 * One service's schema, loaded once per run, and the validation of its resolved configurations:
 * each value is coerced to the type the schema asks for ({@link Coercion}), the whole configuration
 * is validated, and every violation becomes a {@link SchemaProblem} at the origin of the offending
 * value; a missing required key is reported once, with the layers searched.
 */
public final class ServiceSchema {
    private static final Pattern REQUIRED_KEY = Pattern.compile("required key \\[(.*)\\] not found");
    private static final Pattern DEPENDENT_KEY = Pattern.compile("property \\[(.*)\\] is required");
    private static final Pattern EXTRANEOUS_KEY = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");

    private final SchemaReader.LoadedSchema loaded;
    private final SchemaProperties properties;

    ServiceSchema(SchemaReader.LoadedSchema loaded) {
        this.loaded = loaded;
        this.properties = SchemaProperties.of(loaded.schema());
    }

    /** The schema file, as messages name it. */
    public String display() {
        return loaded.display();
    }

    /** Whether the schema marks the key secret ({@code x-secret: true}). */
    public boolean marksSecret(String key) {
        return properties.marksSecret(key);
    }

    /** The keys of {@code keys} the schema marks secret. */
    public Set<String> secretKeys(Iterable<String> keys) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            if (marksSecret(key)) {
                out.add(key);
            }
        }
        return out;
    }

    public SchemaReport validate(ResolvedConfig config) {
        Set<String> secret = secretKeys(config.values().keySet());
        // messages need it, and most configurations have none: built on first use
        Supplier<Redactor> redactor = new Supplier<>() {
            private Redactor made;

            @Override
            public Redactor get() {
                if (made == null) {
                    Map<String, String> values = new LinkedHashMap<>();
                    config.values().values().forEach(v -> values.put(v.key(), v.value()));
                    made = Redactor.of(values, secret);
                }
                return made;
            }
        };
        List<SchemaProblem> problems = new ArrayList<>();
        JSONObject instance = new JSONObject();
        Set<String> uncoerced = new HashSet<>();
        for (ResolvedValue v : config.values().values()) {
            String value = v.value() == null ? "" : v.value();
            Coercion.Result result = Coercion.coerce(value, properties.shape(v.key()));
            if (result.failed()) {
                uncoerced.add(v.key());
                problems.add(coercionProblem(v, value, result, redactor.get()));
                instance.put(v.key(), value);
            } else {
                instance.put(v.key(), result.value());
            }
        }
        try {
            loaded.schema().validate(instance);
        } catch (ValidationException failure) {
            Set<String> seen = new HashSet<>();
            for (Violation violation : Violation.withoutFollowUps(Violation.leavesCombiningTies(failure))) {
                SchemaProblem problem = problem(violation, config, instance, uncoerced, redactor.get());
                if (problem != null && seen.add(problem.key() + "\u0000" + problem.message())) {
                    problems.add(problem);
                }
            }
        }
        return new SchemaReport(problems, secret);
    }

    private SchemaProblem coercionProblem(ResolvedValue v, String value, Coercion.Result result, Redactor redactor) {
        String subject = result.item() < 0 ? v.key() : v.key() + " item " + (result.item() + 1);
        String got = result.item() < 0 ? value : result.itemValue();
        String message = subject + " must be " + result.expected() + ", got "
                + ViolationMessages.shown(got, redactor.redacts(v.key(), value));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("keyword", "type");
        details.put("pointer", result.item() < 0 ? pointerOf(v.key()) : pointerOf(v.key()) + "/" + result.item());
        return new SchemaProblem(SchemaProblem.Kind.COERCION, v.key(), v.origin(), message, List.of(), details);
    }

    private SchemaProblem problem(Violation violation, ResolvedConfig config, JSONObject instance, Set<String> uncoerced,
                                  Redactor redactor) {
        String pointer = violation.pointer();
        ValidationException e = violation.exception();
        String keyword = violation.keyword() == null ? "" : violation.keyword();
        List<String> segments = JsonValues.segments(pointer);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("keyword", keyword);
        details.put("pointer", pointer);
        String location = schemaLocation(e);
        if (location != null) {
            details.put("schema", location);
        }
        boolean namesKey = location != null && location.contains("/propertyNames") && !segments.isEmpty();
        if (segments.isEmpty() || namesKey) {
            return rootProblem(violation, config, details, namesKey ? segments.get(0) : null);
        }
        String key = segments.get(0);
        ResolvedValue resolved = config.values().get(key);
        if (resolved == null || uncoerced.contains(key)) {
            return null;
        }
        String subject = subject(key, segments);
        Object node = JsonValues.toPlain(instance.opt(key));
        for (String segment : segments.subList(1, segments.size())) {
            node = JsonValues.at(node, "/" + segment.replace("~", "~0").replace("/", "~1"));
        }
        String message = ViolationMessages.of(violation, subject, node, redactor.redacts(key, resolved.value()));
        return new SchemaProblem(SchemaProblem.Kind.INVALID_VALUE, key, resolved.origin(), message, List.of(), details);
    }

    /** A violation of the configuration as a whole: a missing key, an unknown one, a key count, a key name. */
    private SchemaProblem rootProblem(Violation violation, ResolvedConfig config, Map<String, String> details,
                                      String badName) {
        ValidationException e = violation.exception();
        String keyword = violation.keyword() == null ? "" : violation.keyword();
        String pair = config.service().name() + " in " + config.environment().name();
        if (badName != null) {
            ResolvedValue resolved = config.values().get(badName);
            return new SchemaProblem(SchemaProblem.Kind.INVALID_VALUE, badName, resolved == null ? null : resolved.origin(),
                    "the key name " + badName + " is not allowed by propertyNames (" + keyword + ")", List.of(), details);
        }
        List<String> oneOf = alternativeKeys(violation);
        if (!oneOf.isEmpty()) {
            details.put("pointer", pointerOf(oneOf.get(0)));
            return new SchemaProblem(SchemaProblem.Kind.MISSING_REQUIRED, oneOf.get(0), null, "one of "
                    + String.join(", ", oneOf) + " is required" + ViolationMessages.condition(violation.branch())
                    + " for " + pair + ", but " + noLayerSetsIt(config) + " (" + keyword + ")", searched(config), details);
        }
        Matcher required = REQUIRED_KEY.matcher(e.getErrorMessage());
        Matcher dependent = DEPENDENT_KEY.matcher(e.getErrorMessage());
        if (keyword.equals("required") && required.find() || keyword.equals("dependencies") && dependent.find()) {
            String key = keyword.equals("required") ? required.group(1) : dependent.group(1);
            details.put("pointer", pointerOf(key));
            String why = keyword.equals("dependencies") ? " when " + String.join(" or ", dependents(e, key, config))
                    + " is set" : ViolationMessages.condition(violation.branch());
            return new SchemaProblem(SchemaProblem.Kind.MISSING_REQUIRED, key, null, key + " is required" + why
                    + " for " + pair + ", but " + noLayerSetsIt(config) + " (" + keyword + ")", searched(config), details);
        }
        Matcher extraneous = EXTRANEOUS_KEY.matcher(e.getErrorMessage());
        if (keyword.equals("additionalProperties") && extraneous.find()) {
            String key = extraneous.group(1);
            ResolvedValue resolved = config.values().get(key);
            details.put("pointer", pointerOf(key));
            return new SchemaProblem(SchemaProblem.Kind.UNKNOWN_KEY, key, resolved == null ? null : resolved.origin(),
                    key + " is not a key of " + loaded.display() + ", which allows no others (additionalProperties)"
                            + Spelling.suggestion(key, properties.names()), List.of(), details);
        }
        // not everit's message: for the configuration as a whole it may print every value
        return new SchemaProblem(SchemaProblem.Kind.INVALID_VALUE, null, null, "the configuration of " + pair
                + " breaks '" + keyword + "' of " + loaded.display() + ViolationMessages.condition(violation.branch()),
                List.of(), details);
    }

    /** "none of its 3 layer files sets it". */
    private static String noLayerSetsIt(ResolvedConfig config) {
        long found = config.layers().stream().filter(LayerFile::exists).count();
        return found == 1 ? "its only layer file does not set it" : "none of its " + found + " layer files sets it";
    }

    /** For anyOf/oneOf of required keys that all fail: the keys, one per choice; else empty. */
    private static List<String> alternativeKeys(Violation violation) {
        List<String> keys = new ArrayList<>();
        for (Violation alternative : violation.alternatives()) {
            Matcher m = REQUIRED_KEY.matcher(alternative.exception().getErrorMessage());
            if (!"required".equals(alternative.keyword()) || !m.find()) {
                return List.of();
            }
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The keys whose presence makes {@code key} required ({@code dependencies}) and that are set here. */
    private static List<String> dependents(ValidationException e, String key, ResolvedConfig config) {
        List<String> out = new ArrayList<>();
        if (e.getViolatedSchema() instanceof ObjectSchema) {
            ((ObjectSchema) e.getViolatedSchema()).getPropertyDependencies().forEach((ifSet, needs) -> {
                if (needs.contains(key) && config.values().containsKey(ifSet)) {
                    out.add(ifSet);
                }
            });
        }
        return out.isEmpty() ? List.of("another key") : out;
    }

    /** Every file looked for, existing or not: where the key could have been set. */
    private static List<RelatedLocation> searched(ResolvedConfig config) {
        List<RelatedLocation> out = new ArrayList<>();
        for (LayerFile layer : config.layers()) {
            out.add(new RelatedLocation(layer.file(), 1, 1, 1, 1, "searched layer " + layer.pattern()
                    + (layer.exists() ? "" : " (no such file)")));
        }
        return out;
    }

    /** "PORT", "CORS_ORIGINS item 2", "FLAGS.a.b". */
    private static String subject(String key, List<String> segments) {
        if (segments.size() == 1) {
            return key;
        }
        if (segments.size() == 2 && JsonValues.index(segments.get(1)) >= 0) {
            return key + " item " + (JsonValues.index(segments.get(1)) + 1);
        }
        return key + "." + String.join(".", segments.subList(1, segments.size()));
    }

    private String schemaLocation(ValidationException e) {
        String location = e.getSchemaLocation();
        if (location == null) {
            return null;
        }
        int hash = location.indexOf('#');
        String base = hash < 0 ? location : location.substring(0, hash);
        String display = loaded.displays().get(base);
        if (display == null) {
            return location.startsWith("#") ? loaded.display() + location : null;
        }
        return display + (hash < 0 ? "" : location.substring(hash));
    }

    private static String pointerOf(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
