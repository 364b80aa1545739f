package dev.confguard.workspace;

import dev.confguard.errors.Spelling;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.NodeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The JSON Schema of {@code .confguard.yaml}, read from the jar (the same file editors use), and its
 * violations turned into errors a person can act on, placed at the offending key or value.
 */
public final class ConfigSchema {
    /** Where the schema sits on the classpath (and, without the leading slash, in the repository). */
    static final String RESOURCE = "/schemas/confguard.schema.json";

    private static final Pattern EXTRANEOUS_KEY = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");
    private static final Pattern REQUIRED_KEY = Pattern.compile("required key \\[(.*)\\] not found");
    private static final Pattern EXPECTED_TYPE = Pattern.compile("expected type: (\\w+), found: (\\w+)");
    private static final String YAML_BOOLEAN_HINT =
            " (YAML 1.1 reads bare yes, no, on, off, y and n as true or false; quote it if you mean the text)";

    private static final List<String> TYPE_ORDER = List.of("a string", "a number", "true or false", "a list",
            "a mapping", "empty");

    private static final Schema SCHEMA = load();

    private ConfigSchema() {
    }

    /** The schema's own text, as shipped in the jar. */
    static String text() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + RESOURCE + " (schemas/ is a resource folder)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        JSONObject raw = new JSONObject(new JSONTokener(text()));
        return SchemaLoader.builder().draftV7Support().schemaJson(raw).build().load().build();
    }

    /** Validates the document's tree against the schema, adding an error for each violation. */
    static void validate(ConfigDocument document, ConfigErrorList errors) {
        validate(SCHEMA, document, errors);
    }

    /**
     * Validates a document against another schema shipped in the jar (a rule pack's), with the same
     * messages placed at the same keys and values.
     */
    public static void validate(String resource, ConfigDocument document, ConfigErrorList errors) {
        validate(OTHER_SCHEMAS.computeIfAbsent(resource, ConfigSchema::load), document, errors);
    }

    private static final java.util.Map<String, Schema> OTHER_SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Schema load(String resource) {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + resource + " (schemas/ is a resource folder)");
            }
            JSONObject raw = new JSONObject(new JSONTokener(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)));
            return SchemaLoader.builder().draftV7Support().schemaJson(raw).build().load().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(Schema schema, ConfigDocument document, ConfigErrorList errors) {
        try {
            schema.validate(toJson(document.tree()));
        } catch (ValidationException e) {
            List<Violation> leaves = new ArrayList<>();
            collect(e, leaves);
            Set<String> typeErrors = new HashSet<>();
            for (Violation v : leaves) {
                if (v.isTypeError()) {
                    typeErrors.add(v.pointer());
                }
            }
            Set<String> reported = new HashSet<>();
            for (Violation v : leaves) {
                if (typeErrors.contains(v.pointer()) && !v.isTypeError()) {
                    continue; // an enum or pattern error says nothing more once the type is wrong
                }
                if (reported.add(v.pointer() + "\u0000" + v.keyword() + "\u0000" + v.exception().getErrorMessage())) {
                    report(v, document, errors);
                }
            }
        }
    }

    /** One leaf violation; {@code expectedTypes} is set when none of anyOf's branches had the right type. */
    private record Violation(String pointer, String keyword, ValidationException exception, List<String> expectedTypes) {
        boolean isTypeError() {
            return "type".equals(keyword) || expectedTypes != null;
        }
    }

    /**
     * Walks to the leaves. For anyOf/oneOf only the closest branch counts: branches whose type does
     * not even match are dropped, then the one with the fewest errors wins.
     */
    private static void collect(ValidationException e, List<Violation> out) {
        String keyword = e.getKeyword();
        List<ValidationException> causes = e.getCausingExceptions();
        if (("anyOf".equals(keyword) || "oneOf".equals(keyword)) && !causes.isEmpty()) {
            String pointer = pointer(e);
            List<String> expected = new ArrayList<>();
            List<Violation> best = null;
            for (ValidationException branch : causes) {
                List<Violation> leaves = new ArrayList<>();
                collect(branch, leaves);
                if (leaves.size() == 1 && leaves.get(0).isTypeError() && leaves.get(0).pointer().equals(pointer)) {
                    Violation only = leaves.get(0);
                    expected.addAll(only.expectedTypes() != null ? only.expectedTypes()
                            : List.of(expectedType(only.exception())));
                    continue;
                }
                if (best == null || leaves.size() < best.size()) {
                    best = leaves;
                }
            }
            if (best != null) {
                out.addAll(best);
            } else {
                List<String> types = new ArrayList<>(new LinkedHashSet<>(expected));
                types.sort(java.util.Comparator.comparingInt(TYPE_ORDER::indexOf));
                out.add(new Violation(pointer, "type", e, types));
            }
            return;
        }
        if (causes.isEmpty()) {
            out.add(new Violation(pointer(e), keyword, e, null));
            return;
        }
        for (ValidationException cause : causes) {
            collect(cause, out);
        }
    }

    private static void report(Violation v, ConfigDocument document, ConfigErrorList errors) {
        ValidationException e = v.exception();
        String pointer = v.pointer();
        Object value = valueAt(document.tree(), pointer);
        String where = where(pointer);
        String keyword = v.keyword() == null ? "" : v.keyword();
        switch (keyword) {
            case "additionalProperties": {
                Matcher m = EXTRANEOUS_KEY.matcher(e.getErrorMessage());
                if (!m.find()) {
                    break;
                }
                String key = m.group(1);
                Set<String> known = e.getViolatedSchema() instanceof ObjectSchema
                        ? new TreeSet<>(((ObjectSchema) e.getViolatedSchema()).getPropertySchemas().keySet())
                        : Set.of();
                String hint = Spelling.suggestion(key, known);
                if (hint.isEmpty() && !known.isEmpty()) {
                    hint = "; expected one of: " + String.join(", ", known);
                }
                errors.atKey(NodeSpan.child(pointer, key),
                        "unknown key '" + key + "'" + (pointer.isEmpty() ? "" : " in " + where) + hint);
                return;
            }
            case "required": {
                Matcher m = REQUIRED_KEY.matcher(e.getErrorMessage());
                if (!m.find()) {
                    break;
                }
                String key = m.group(1);
                String message = pointer.isEmpty()
                        ? "missing required key '" + key + "'" + ("version".equals(key) ? " (start the file with 'version: 1')" : "")
                        : where + " has no '" + key + "'; it is required";
                errors.atValue(pointer, message);
                return;
            }
            case "type": {
                List<String> expected = v.expectedTypes() != null ? v.expectedTypes() : List.of(expectedType(e));
                String hint = value instanceof Boolean && expected.contains("a string") ? YAML_BOOLEAN_HINT : "";
                errors.atValue(pointer, where + " must be " + String.join(" or ", expected) + ", not "
                        + describe(value) + hint);
                return;
            }
            case "enum": {
                List<String> allowed = enumValues(e.getViolatedSchema());
                String message = where + " is " + describe(value) + "; expected one of: " + String.join(", ", allowed);
                if (value instanceof String) {
                    message += Spelling.suggestion((String) value, allowed);
                } else if (value instanceof Boolean) {
                    message += YAML_BOOLEAN_HINT;
                }
                errors.atValue(pointer, message);
                return;
            }
            case "const":
                errors.atValue(pointer, where + " is " + describe(value) + "; the only format version is 1");
                return;
            case "minLength":
                errors.atValue(pointer, where + " must not be empty");
                return;
            case "pattern": {
                String pattern = e.getViolatedSchema() instanceof StringSchema
                        ? String.valueOf(((StringSchema) e.getViolatedSchema()).getPattern()) : "";
                String message = pattern.equals("^" + ZeroConfig.ENVIRONMENT_NAME.pattern() + "$")
                        ? where + " is " + describe(value) + "; an environment name is part of file names, so it "
                                + "may only have letters, digits, '_' and '-' (and starts with a letter or digit)"
                        : where + " is " + describe(value) + "; it must match " + pattern;
                errors.atValue(pointer, message);
                return;
            }
            default:
                break;
        }
        errors.atValue(pointer, where + ": " + e.getErrorMessage());
    }

    /**
     * The string values an enum allows. The violated schema is the enum itself, or (for a map's
     * values) the object schema whose additionalProperties refer to it.
     */
    private static List<String> enumValues(Schema schema) {
        List<String> out = new ArrayList<>();
        if (schema instanceof EnumSchema) {
            for (Object o : ((EnumSchema) schema).getPossibleValuesAsList()) {
                if (o instanceof String) {
                    out.add((String) o);
                }
            }
        } else if (schema instanceof ReferenceSchema) {
            out.addAll(enumValues(((ReferenceSchema) schema).getReferredSchema()));
        } else if (schema instanceof CombinedSchema) {
            for (Schema sub : ((CombinedSchema) schema).getSubschemas()) {
                out.addAll(enumValues(sub));
            }
        } else if (schema instanceof ObjectSchema && ((ObjectSchema) schema).getSchemaOfAdditionalProperties() != null) {
            out.addAll(enumValues(((ObjectSchema) schema).getSchemaOfAdditionalProperties()));
        }
        return out;
    }

    private static String expectedType(ValidationException e) {
        Matcher m = EXPECTED_TYPE.matcher(e.getErrorMessage());
        return m.find() ? typeName(m.group(1)) : "another type";
    }

    private static String typeName(String everitName) {
        switch (everitName) {
            case "JSONObject":
                return "a mapping";
            case "JSONArray":
                return "a list";
            case "String":
                return "a string";
            case "Boolean":
                return "true or false";
            case "Null":
                return "empty";
            default:
                return "a number";
        }
    }

    /** A value as messages show it: its kind, and the value itself when it is short and scalar. */
    static String describe(Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        String s = (String) value;
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }

    /** A pointer as people write paths: {@code /services/0/path} is {@code services[0].path}. */
    static String where(String pointer) {
        if (pointer.isEmpty()) {
            return "the configuration";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (segment.matches("\\d+")) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    private static String pointer(ValidationException e) {
        String p = e.getPointerToViolation();
        if (p == null || p.equals("#")) {
            return "";
        }
        return p.startsWith("#") ? p.substring(1) : p;
    }

    /** The node of the plain tree at a JSON pointer, or null. */
    static Object valueAt(Object tree, String pointer) {
        Object node = tree;
        if (pointer.isEmpty()) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map) {
                node = ((Map<?, ?>) node).get(segment);
            } else if (node instanceof List && segment.matches("\\d+")) {
                int i = Integer.parseInt(segment);
                List<?> list = (List<?>) node;
                node = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    /** The plain tree as org.json values, which is what the validator reads. */
    static Object toJson(Object node) {
        if (node == null) {
            return JSONObject.NULL;
        }
        if (node instanceof Map) {
            JSONObject object = new JSONObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
                object.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return object;
        }
        if (node instanceof List) {
            JSONArray array = new JSONArray();
            for (Object item : (List<?>) node) {
                array.put(toJson(item));
            }
            return array;
        }
        return node;
    }
}
