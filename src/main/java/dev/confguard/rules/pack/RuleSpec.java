package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.confguard.findings.Severity;
import dev.confguard.workspace.ConfigErrorList;
import dev.confguard.yaml.NodeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule entry of a pack, after its option's variant was laid over it: typed access to its fields,
 * each problem reported at the line of the field that has it (in the variant when it came from there).
 * The schema already checked shapes; this checks meaning (patterns compile, kinds have their fields).
 */
final class RuleSpec {
    private final Map<String, Object> fields;
    private final Map<String, String> pointers;
    private final String pointer;
    private final ConfigErrorList errors;
    private final String pack;
    private final boolean[] failed;

    RuleSpec(Map<String, Object> fields, Map<String, String> pointers, String pointer, ConfigErrorList errors,
             String pack) {
        this(fields, pointers, pointer, errors, pack, new boolean[1]);
    }

    private RuleSpec(Map<String, Object> fields, Map<String, String> pointers, String pointer, ConfigErrorList errors,
                     String pack, boolean[] failed) {
        this.fields = fields;
        this.pointers = pointers;
        this.pointer = pointer;
        this.errors = errors;
        this.pack = pack;
        this.failed = failed;
    }

    /** A nested object (the {@code then} of a when rule) read as a spec of its own. */
    RuleSpec nested(String field) {
        Map<String, Object> inner = new LinkedHashMap<>();
        Map<String, String> innerPointers = new LinkedHashMap<>();
        String base = pointerOf(field);
        for (Map.Entry<?, ?> e : map(field).entrySet()) {
            String name = String.valueOf(e.getKey());
            inner.put(name, e.getValue());
            innerPointers.put(name, NodeSpan.child(base, name));
        }
        return new RuleSpec(inner, innerPointers, base, errors, pack, failed);
    }

    String pack() {
        return pack;
    }

    boolean has(String field) {
        return fields.containsKey(field) && fields.get(field) != null;
    }

    String pointerOf(String field) {
        String p = pointers.get(field);
        return p != null ? p : NodeSpan.child(pointer, field);
    }

    String string(String field) {
        Object v = fields.get(field);
        return v == null ? null : scalar(v);
    }

    String requireString(String field, String kind) {
        String v = string(field);
        if (v == null) {
            fail(pointer, "a " + kind + " rule needs '" + field + "'");
        }
        return v;
    }

    boolean bool(String field, boolean otherwise) {
        Object v = fields.get(field);
        return v instanceof Boolean ? (Boolean) v : otherwise;
    }

    int integer(String field, int otherwise) {
        Object v = fields.get(field);
        return v instanceof Number ? ((Number) v).intValue() : otherwise;
    }

    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        Object v = fields.get(field);
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                if (o != null && !(o instanceof List) && !(o instanceof Map)) {
                    out.add(scalar(o));
                }
            }
        }
        return out;
    }

    List<String> requireStrings(String field, String kind) {
        List<String> v = strings(field);
        if (v.isEmpty()) {
            fail(pointer, "a " + kind + " rule needs a non-empty '" + field + "' list");
        }
        return v;
    }

    List<?> list(String field) {
        Object v = fields.get(field);
        return v instanceof List ? (List<?>) v : List.of();
    }

    Map<?, ?> map(String field) {
        Object v = fields.get(field);
        return v instanceof Map ? (Map<?, ?>) v : Map.of();
    }

    Severity severity(String field) {
        String v = string(field);
        return v == null ? null : Severity.parse(v);
    }

    /** A user pattern compiled with RE2/J (linear time); null, with an error at its line, when it does not compile. */
    Pattern regex(String field) {
        return regex(string(field), pointerOf(field));
    }

    Pattern regex(String source, String at) {
        if (source == null) {
            return null;
        }
        try {
            return Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            fail(at, "invalid regular expression '" + source + "': " + e.getDescription()
                    + " (patterns use RE2 syntax: no backreferences or lookaround)");
            return null;
        }
    }

    void fail(String at, String message) {
        failed[0] = true;
        errors.atValue(at, message);
    }

    boolean failed() {
        return failed[0];
    }

    /** The spec with some fields replaced (a when rule's check takes the rule's where and message). */
    RuleSpec with(Map<String, Object> extra) {
        Map<String, Object> merged = new LinkedHashMap<>(fields);
        merged.putAll(extra);
        return new RuleSpec(merged, pointers, pointer, errors, pack, failed);
    }

    Object raw(String field) {
        return fields.get(field);
    }

    String pointer() {
        return pointer;
    }

    static String scalar(Object v) {
        if (v instanceof Double && ((Double) v) == Math.rint((Double) v)) {
            return String.valueOf(((Double) v).longValue());
        }
        return String.valueOf(v);
    }
}
