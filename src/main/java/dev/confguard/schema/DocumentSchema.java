package dev.confguard.schema;

import dev.confguard.errors.Spelling;
import dev.confguard.source.Position;
import dev.confguard.workspace.ConfigError;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.NodeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Validates one of confguard's own YAML or JSON files (the workspace file, a rule pack, a service
 * schema against the draft-07 meta-schema) and turns every violation into an error a person can act
 * on, at the line and column of the offending key or value: unknown keys with a "did you mean", wrong
 * types in the file's own vocabulary (YAML says mapping and list, JSON object and array), values
 * outside an enum with the choices. A schema may add an explanation to a value's errors with the
 * keyword {@code x-message}.
 */
public final class DocumentSchema {
    private static final Pattern EXTRANEOUS_KEY = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");
    private static final Pattern REQUIRED_KEY = Pattern.compile("required key \\[(.*)\\] not found");
    private static final String YAML_BOOLEAN_HINT =
            " (YAML 1.1 reads bare yes, no, on, off, y and n as true or false; quote it if you mean the text)";

    private final Schema schema;
    private final BiFunction<Violation, Object, String> overrides;

    /**
     * {@code overrides} may return a message of its own for a violation (given with the offending
     * value), or null for the default one.
     */
    public DocumentSchema(Schema schema, BiFunction<Violation, Object, String> overrides) {
        this.schema = schema;
        this.overrides = overrides;
    }

    public DocumentSchema(Schema schema) {
        this(schema, (v, value) -> null);
    }

    /** Every error of the document, in the order everit found them; empty when it is valid. */
    public List<ConfigError> validate(ConfigDocument document) {
        List<ConfigError> errors = new ArrayList<>();
        try {
            schema.validate(JsonValues.toJson(document.tree()));
        } catch (ValidationException e) {
            Set<String> reported = new HashSet<>();
            for (Violation v : Violation.withoutFollowUps(Violation.leaves(e))) {
                if (reported.add(v.pointer() + "\u0000" + v.keyword() + "\u0000" + v.exception().getErrorMessage())) {
                    errors.add(error(v, document));
                }
            }
        }
        return errors;
    }

    private ConfigError error(Violation v, ConfigDocument document) {
        ValidationException e = v.exception();
        String pointer = v.pointer();
        Object value = JsonValues.at(document.tree(), pointer);
        boolean json = isJson(document);
        String where = where(pointer);
        String override = overrides.apply(v, value);
        if (override != null) {
            return atValue(document, pointer, override);
        }
        String keyword = v.keyword() == null ? "" : v.keyword();
        String explained = explanation(e.getViolatedSchema());
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
                return atKey(document, NodeSpan.child(pointer, key),
                        "unknown key '" + key + "'" + (pointer.isEmpty() ? "" : " in " + where) + hint + explained);
            }
            case "required": {
                Matcher m = REQUIRED_KEY.matcher(e.getErrorMessage());
                if (!m.find()) {
                    break;
                }
                String key = m.group(1);
                return atValue(document, pointer, pointer.isEmpty() ? "missing required key '" + key + "'"
                        : where + " has no '" + key + "'; it is required");
            }
            case "type": {
                List<String> expected = new ArrayList<>();
                for (String t : v.acceptedTypes()) {
                    expected.add(typeWords(t, json));
                }
                String hint = value instanceof Boolean && v.acceptedTypes().contains("string") && !json
                        ? YAML_BOOLEAN_HINT : "";
                return atValue(document, pointer, where + " must be " + String.join(" or ", expected) + ", not "
                        + describe(value, json) + hint);
            }
            case "enum": {
                List<String> allowed = enumValues(e.getViolatedSchema(), true);
                String message = where + " is " + describe(value, json) + "; expected one of: " + String.join(", ", allowed);
                if (value instanceof String) {
                    message += Spelling.suggestion((String) value, allowed);
                } else if (value instanceof Boolean && !json) {
                    message += YAML_BOOLEAN_HINT;
                }
                return atValue(document, pointer, message + explained);
            }
            case "const":
                return atValue(document, pointer, where + " is " + describe(value, json) + (explained.isEmpty()
                        ? "; it must be " + describe(JsonValues.toPlain(((ConstSchema) e.getViolatedSchema()).getPermittedValue()), json) : explained));
            case "minLength":
                if (value instanceof String && ((String) value).isEmpty()) {
                    return atValue(document, pointer, where + " must not be empty" + explained);
                }
                break;
            case "pattern": {
                String pattern = patternOf(e.getViolatedSchema());
                return atValue(document, pointer, where + " is " + describe(value, json)
                        + (explained.isEmpty() ? "; it must match " + pattern : explained));
            }
            default:
                break;
        }
        return atValue(document, pointer, where + ": " + e.getErrorMessage() + explained);
    }

    /**
     * The pattern of a string schema as written. Not {@code StringSchema.getPattern()}: that compiles it
     * with java.util.regex, which may refuse what RE2/J accepts.
     */
    static String patternOf(Schema schema) {
        if (!(schema instanceof StringSchema)) {
            return "its pattern";
        }
        return new org.json.JSONObject(schema.toString()).optString("pattern", "its pattern");
    }

    /** "; " plus the violated schema's {@code x-message}, or "". */
    static String explanation(Schema violated) {
        Object message = violated == null ? null : violated.getUnprocessedProperties().get("x-message");
        return message instanceof String ? "; " + message : "";
    }

    private static boolean isJson(ConfigDocument document) {
        return document.source().displayPath().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * The values an enum allows, as text: all of them, or only its strings (the workspace file's enums
     * also accept the booleans YAML reads {@code off} as, which people do not write). The violated schema
     * is the enum itself, or (for a map's values) the object schema whose additionalProperties refer to it.
     */
    static List<String> enumValues(Schema schema, boolean stringsOnly) {
        List<String> out = new ArrayList<>();
        if (schema instanceof EnumSchema) {
            for (Object o : ((EnumSchema) schema).getPossibleValuesAsList()) {
                if (!stringsOnly || o instanceof String) {
                    out.add(String.valueOf(o));
                }
            }
        } else if (schema instanceof ReferenceSchema) {
            out.addAll(enumValues(((ReferenceSchema) schema).getReferredSchema(), stringsOnly));
        } else if (schema instanceof CombinedSchema) {
            for (Schema sub : ((CombinedSchema) schema).getSubschemas()) {
                out.addAll(enumValues(sub, stringsOnly));
            }
        } else if (schema instanceof ObjectSchema && ((ObjectSchema) schema).getSchemaOfAdditionalProperties() != null) {
            out.addAll(enumValues(((ObjectSchema) schema).getSchemaOfAdditionalProperties(), stringsOnly));
        }
        return out;
    }

    private static String typeWords(String jsonType, boolean json) {
        switch (jsonType) {
            case "object":
                return json ? "an object" : "a mapping";
            case "array":
                return json ? "an array" : "a list";
            case "string":
                return "a string";
            case "boolean":
                return "true or false";
            case "null":
                return json ? "null" : "empty";
            case "integer":
                return "an integer";
            default:
                return "a number";
        }
    }

    /** A value as messages show it: its kind, and the value itself when it is short and scalar. */
    public static String describe(Object value, boolean json) {
        if (value == null) {
            return json ? "null" : "empty";
        }
        if (value instanceof Map) {
            return json ? "an object" : "a mapping";
        }
        if (value instanceof List) {
            return json ? "an array" : "a list";
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
    public static String where(String pointer) {
        if (pointer.isEmpty()) {
            return "the configuration";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : JsonValues.segments(pointer)) {
            if (JsonValues.index(segment) >= 0) {
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

    /** An error at the value of the node (or of its nearest existing ancestor). */
    public static ConfigError atValue(ConfigDocument document, String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        return at(document, span == null ? 0 : span.valueRange().start(), message);
    }

    /** An error at the key of the node, or at its value when it has no key (a list item, the root). */
    public static ConfigError atKey(ConfigDocument document, String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        if (span == null) {
            return at(document, 0, message);
        }
        return at(document, span.keyRange() != null ? span.keyRange().start() : span.valueRange().start(), message);
    }

    /** An error at an offset of the document's text. */
    public static ConfigError at(ConfigDocument document, int offset, String message) {
        Position p = document.source().position(Math.min(offset, document.source().text().length()));
        return new ConfigError(document.source().displayPath(), p.line(), p.column(), message);
    }

    /** Errors by line and column (stable for errors at the same place). */
    public static List<ConfigError> sorted(List<ConfigError> errors) {
        List<ConfigError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing(ConfigError::file).thenComparingInt(ConfigError::line)
                .thenComparingInt(ConfigError::column));
        return out;
    }
}
