package dev.confguard.schema;

import dev.confguard.errors.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/**
 * The message of a violation of a service schema, for people: what the value must be, what it is
 * (when it may be shown), and the keyword in parentheses, such as
 * {@code LOG_LEVEL must be one of debug, info, warning, got "warn" (enum); did you mean "warning"?}.
 * Everit's own messages quote values, so they are used only when the value is not secret (and not at
 * all for formats, whose reasons come from {@link CustomFormat}).
 */
final class ViolationMessages {
    private static final int MAX_LISTED = 12;

    private ViolationMessages() {
    }

    /**
     * {@code node} is the offending value as validated (a list item for an item); it appears in the
     * message only when it is not {@code secret}.
     */
    static String of(Violation v, String subject, Object node, boolean secret) {
        String keyword = v.keyword() == null ? "" : v.keyword();
        String value = node == null ? "" : node instanceof String ? (String) node : String.valueOf(node);
        String got = node instanceof Number || node instanceof Boolean ? (secret ? shown(value, true) : value)
                : shown(value, secret);
        Schema schema = v.exception().getViolatedSchema();
        if (!v.alternatives().isEmpty()) {
            List<String> options = new ArrayList<>();
            for (Violation alternative : v.alternatives()) {
                options.add(part(alternative, value, got, secret).requirement() + " (" + alternative.keyword() + ")");
            }
            return subject + " must match one of the " + options.size() + " choices of " + keyword
                    + condition(v.branch()) + ": " + String.join("; or ", options) + "; got " + got + DocumentSchema.explanation(schema);
        }
        Part part = part(v, value, got, secret);
        String suggestion = keyword.equals("enum") && !secret
                ? Spelling.suggestion(value, DocumentSchema.enumValues(schema, false)).replace('\'', '"') : "";
        return subject + " " + part.requirement() + condition(v.branch())
                + (part.observed() == null ? "" : ", got " + part.observed()) + " (" + keyword + ")" + suggestion
                + DocumentSchema.explanation(schema);
    }

    /** What the value must be, and what it is (null when that adds nothing). */
    private record Part(String requirement, String observed) {
    }

    private static Part part(Violation v, String value, String got, boolean secret) {
        String keyword = v.keyword() == null ? "" : v.keyword();
        Schema schema = v.exception().getViolatedSchema();
        switch (keyword) {
            case "type":
                return new Part("must be " + types(v.acceptedTypes()), got);
            case "enum":
                return new Part("must be one of " + listed(DocumentSchema.enumValues(schema, false)), got);
            case "const":
                return new Part("must be " + constValue(schema), got);
            case "format": {
                String format = schema instanceof StringSchema ? ((StringSchema) schema).getFormatValidator().formatName()
                        : "value";
                CustomFormat ours = CustomFormat.byName(format);
                // everit's own format messages quote the value; confguard's never do
                return ours == null ? new Part("must be a valid " + format, got)
                        : new Part("must be a valid " + ours.formatName() + ": " + v.exception().getErrorMessage(), got);
            }
            case "pattern":
                return new Part("must match " + DocumentSchema.patternOf(schema), got);
            case "minLength":
            case "maxLength": {
                StringSchema s = (StringSchema) schema;
                boolean min = keyword.equals("minLength");
                int limit = min ? s.getMinLength() : s.getMaxLength();
                return limit == 0 && !min ? new Part("must be empty", got)
                        : new Part("must be at " + (min ? "least " : "most ") + limit + " characters long",
                                value.codePointCount(0, value.length()) + " characters");
            }
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return new Part("must be " + bound(keyword, (NumberSchema) schema), got);
            case "multipleOf":
                return new Part("must be a multiple of " + ((NumberSchema) schema).getMultipleOf(), got);
            case "minItems":
                return new Part("must have at least " + ((ArraySchema) schema).getMinItems() + " items", null);
            case "maxItems":
                return new Part("must have at most " + ((ArraySchema) schema).getMaxItems() + " items", null);
            case "uniqueItems":
                return new Part("must not have the same item twice", null);
            case "contains":
                return new Part("must have an item that matches its 'contains' schema", null);
            case "not":
                return new Part("must not match the schema under 'not'", got);
            case "false":
                return new Part("must not be set: its schema is false", null);
            case "oneOf":
                return new Part("must match exactly one choice of oneOf, not several", got);
            case "anyOf":
                return new Part("must match one of the choices of anyOf", got);
            default:
                return new Part("must satisfy '" + keyword + "'"
                        + (secret ? "" : ": " + v.exception().getErrorMessage()), null);
        }
    }

    /** " when ENVIRONMENT is production", for a violation inside the then of a simple if; else "". */
    static String condition(Violation.Branch branch) {
        if (branch == null || branch.condition().getIfSchema().isEmpty()
                || !(branch.condition().getIfSchema().get() instanceof ObjectSchema)) {
            return "";
        }
        ObjectSchema test = (ObjectSchema) branch.condition().getIfSchema().get();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Schema> p : test.getPropertySchemas().entrySet()) {
            Schema s = p.getValue();
            if (s instanceof ConstSchema) {
                parts.add(p.getKey() + (branch.then() ? " is " : " is not ") + ((ConstSchema) s).getPermittedValue());
            } else if (s instanceof EnumSchema) {
                parts.add(p.getKey() + (branch.then() ? " is one of " : " is none of ") + listed(DocumentSchema.enumValues(s, false)));
            } else {
                return "";
            }
        }
        return parts.isEmpty() ? "" : " when " + String.join(" and ", parts);
    }

    private static String bound(String keyword, NumberSchema schema) {
        switch (keyword) {
            case "minimum":
                return "at least " + schema.getMinimum();
            case "maximum":
                return "at most " + schema.getMaximum();
            case "exclusiveMinimum":
                return "greater than " + (schema.getExclusiveMinimumLimit() != null ? schema.getExclusiveMinimumLimit()
                        : schema.getMinimum());
            default:
                return "less than " + (schema.getExclusiveMaximumLimit() != null ? schema.getExclusiveMaximumLimit()
                        : schema.getMaximum());
        }
    }

    private static String constValue(Schema schema) {
        Object value = schema instanceof ConstSchema ? ((ConstSchema) schema).getPermittedValue() : null;
        return value instanceof String ? dev.confguard.report.Quoting.quoted((String) value) : String.valueOf(value);
    }

    private static String listed(List<String> values) {
        if (values.size() <= MAX_LISTED) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, MAX_LISTED)) + ", … (" + (values.size() - MAX_LISTED) + " more)";
    }

    private static String types(List<String> types) {
        List<String> words = new ArrayList<>();
        for (String t : types) {
            switch (t) {
                case "integer":
                    words.add("an integer");
                    break;
                case "number":
                    words.add("a number");
                    break;
                case "boolean":
                    words.add("a boolean");
                    break;
                case "array":
                    words.add("a list");
                    break;
                case "object":
                    words.add("a JSON object");
                    break;
                case "null":
                    words.add("empty");
                    break;
                default:
                    words.add("a string");
            }
        }
        return words.isEmpty() ? "another type" : String.join(" or ", words);
    }

    /** A value as a message may show it: quoted and escaped, or redacted when it is (or contains) a secret. */
    static String shown(String value, boolean secret) {
        if (secret) {
            return "<redacted: " + value.codePointCount(0, value.length()) + " chars>";
        }
        String text = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return dev.confguard.report.Quoting.quoted(text);
    }
}
