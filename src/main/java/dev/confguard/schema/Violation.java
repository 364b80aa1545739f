package dev.confguard.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ValidationException;

/**
 * One leaf of a validation failure: the JSON pointer of the offending node ({@code ""} for the root),
 * the schema keyword, everit's exception (for the violated schema and its location), and, for a type
 * error, the JSON types that would have been accepted ({@code string}, {@code integer}…).
 *
 * <p>{@link #leaves} flattens everit's tree of causes so that people read one error per problem: for
 * {@code anyOf}/{@code oneOf} only the closest branch counts (branches whose type does not even match
 * are dropped, then the one with the fewest errors wins); when no branch has the right type, one type
 * error lists every type the branches accept. {@code branch} is the {@code then} or {@code else} of the
 * nearest condition the leaf came from, or null. When asked, branches that tie (one violation each, on
 * the same node) become one violation of {@code anyOf}/{@code oneOf} whose {@code alternatives} are
 * those leaves, so that "none of these" is said once.
 */
public record Violation(String pointer, String keyword, ValidationException exception, List<String> expectedTypes,
                        Branch branch, List<Violation> alternatives) {
    private static final Pattern EXPECTED_TYPE = Pattern.compile("expected type: (\\w+), found: (\\w+)");
    private static final List<String> TYPE_ORDER = List.of("string", "integer", "number", "boolean", "array",
            "object", "null");

    public Violation {
        expectedTypes = expectedTypes == null ? null : List.copyOf(expectedTypes);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** The {@code then} (or {@code else}, when {@code then} is false) of an {@code if}. */
    public record Branch(ConditionalSchema condition, boolean then) {
    }

    public boolean isTypeError() {
        return "type".equals(keyword) || expectedTypes != null;
    }

    /** The accepted types of a type error, in a stable order; for other keywords, an empty list. */
    public List<String> acceptedTypes() {
        if (expectedTypes != null) {
            return expectedTypes;
        }
        return "type".equals(keyword) ? List.of(expectedType(exception)) : List.of();
    }

    /** Every leaf violation of a failed validation, in everit's order. */
    public static List<Violation> leaves(ValidationException failure) {
        List<Violation> out = new ArrayList<>();
        collect(failure, out, null, false);
        return out;
    }

    /** The leaves, with tied branches of anyOf/oneOf combined into one violation. */
    public static List<Violation> leavesCombiningTies(ValidationException failure) {
        List<Violation> out = new ArrayList<>();
        collect(failure, out, null, true);
        return out;
    }

    private static void collect(ValidationException e, List<Violation> out, Branch branch, boolean combine) {
        String keyword = e.getKeyword();
        List<ValidationException> causes = e.getCausingExceptions();
        Branch within = branch;
        if (("then".equals(keyword) || "else".equals(keyword)) && e.getViolatedSchema() instanceof ConditionalSchema) {
            within = new Branch((ConditionalSchema) e.getViolatedSchema(), "then".equals(keyword));
        }
        if (("anyOf".equals(keyword) || "oneOf".equals(keyword)) && !causes.isEmpty()) {
            String pointer = pointer(e);
            List<String> expected = new ArrayList<>();
            List<Violation> best = null;
            List<Violation> ties = new ArrayList<>();
            for (ValidationException option : causes) {
                List<Violation> leaves = new ArrayList<>();
                collect(option, leaves, within, combine);
                if (leaves.size() == 1 && leaves.get(0).isTypeError() && leaves.get(0).pointer().equals(pointer)) {
                    expected.addAll(leaves.get(0).acceptedTypes());
                    continue;
                }
                if (leaves.size() == 1 && leaves.get(0).pointer().equals(pointer)) {
                    ties.add(leaves.get(0));
                }
                if (best == null || leaves.size() < best.size()) {
                    best = leaves;
                }
            }
            if (combine && best != null && best.size() == 1 && ties.size() > 1) {
                out.add(new Violation(pointer, keyword, e, null, within, ties));
            } else if (best != null) {
                out.addAll(best);
            } else {
                List<String> types = new ArrayList<>(new LinkedHashSet<>(expected));
                types.sort(java.util.Comparator.comparingInt(TYPE_ORDER::indexOf));
                out.add(new Violation(pointer, "type", e, types, within, null));
            }
            return;
        }
        if (causes.isEmpty()) {
            out.add(new Violation(pointer(e), keyword, e, null, within, null));
            return;
        }
        for (ValidationException cause : causes) {
            collect(cause, out, within, combine);
        }
    }

    /** The leaves without those an earlier type error makes moot: enum or pattern say nothing once the type is wrong. */
    public static List<Violation> withoutFollowUps(List<Violation> leaves) {
        Set<String> typeErrors = new HashSet<>();
        for (Violation v : leaves) {
            if (v.isTypeError()) {
                typeErrors.add(v.pointer());
            }
        }
        List<Violation> out = new ArrayList<>();
        for (Violation v : leaves) {
            if (!typeErrors.contains(v.pointer()) || v.isTypeError()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The JSON type everit names in "expected type: X, found: Y". */
    static String expectedType(ValidationException e) {
        Matcher m = EXPECTED_TYPE.matcher(e.getErrorMessage());
        return m.find() ? jsonType(m.group(1)) : "another type";
    }

    private static String jsonType(String everitName) {
        switch (everitName) {
            case "JSONObject":
                return "object";
            case "JSONArray":
                return "array";
            case "String":
                return "string";
            case "Boolean":
                return "boolean";
            case "Null":
                return "null";
            case "Integer":
            case "Long":
            case "BigInteger":
                return "integer";
            default:
                return "number";
        }
    }

    /** Everit's pointer without its {@code #}: {@code ""} for the root, else {@code /a/0/b}. */
    static String pointer(ValidationException e) {
        String p = e.getPointerToViolation();
        if (p == null || p.equals("#")) {
            return "";
        }
        return p.startsWith("#") ? p.substring(1) : p;
    }
}
