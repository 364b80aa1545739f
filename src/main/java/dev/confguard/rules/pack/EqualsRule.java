package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import dev.confguard.findings.Severity;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: equals}: the value must be {@code value} ({@code {env}} is the environment's name);
 * with {@code type: boolean} any spelling of that boolean counts and a value that is no boolean fails;
 * {@code not: true} forbids the value instead. {@code cases} name known wrong shapes with their own
 * message and severity (a timestamped id is an error, any other value a warning).
 */
final class EqualsRule extends ValueRule {
    private final String expected;
    private final boolean asBoolean;
    private final boolean negate;
    private final boolean ignoreCase;
    private final List<Case> cases;

    record Case(Pattern pattern, Severity severity, String message) {
    }

    private EqualsRule(Common common, String expected, boolean asBoolean, boolean negate, boolean ignoreCase,
                       List<Case> cases) {
        super(common);
        this.expected = expected;
        this.asBoolean = asBoolean;
        this.negate = negate;
        this.ignoreCase = ignoreCase;
        this.cases = List.copyOf(cases);
    }

    static EqualsRule from(RuleSpec spec, Common common) {
        String expected = spec.requireString("value", "equals");
        boolean asBoolean = "boolean".equals(spec.string("type"));
        if (asBoolean && expected != null && Values.asBoolean(expected) == null) {
            spec.fail(spec.pointerOf("value"), "value '" + expected + "' is not a boolean (type: boolean)");
        }
        List<Case> cases = new ArrayList<>();
        List<?> raw = spec.list("cases");
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) instanceof java.util.Map) {
                java.util.Map<?, ?> c = (java.util.Map<?, ?>) raw.get(i);
                String at = spec.pointerOf("cases") + "/" + i;
                Pattern p = spec.regex(String.valueOf(c.get("pattern")), at + "/pattern");
                Severity s = c.get("severity") instanceof String ? Severity.parse((String) c.get("severity")) : null;
                if (p != null) {
                    cases.add(new Case(p, s, String.valueOf(c.get("message"))));
                }
            }
        }
        return new EqualsRule(common, expected, asBoolean, spec.bool("not", false), spec.bool("ignoreCase", false),
                cases);
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        String want = Scope.expand(expected, environment);
        boolean equal;
        if (asBoolean) {
            Boolean b = Values.asBoolean(value);
            if (b == null && !negate) {
                return Problem.of(key + " must be " + want + " in " + environment.name() + ", and its value is not a boolean");
            }
            equal = b != null && b.equals(Values.asBoolean(want));
        } else {
            equal = ignoreCase ? value.equalsIgnoreCase(want) : value.equals(want);
        }
        if (equal != negate) {
            return null;
        }
        for (Case c : cases) {
            if (c.pattern().matcher(value).find()) {
                return new Problem(c.message().replace("{key}", key), c.severity());
            }
        }
        if (negate) {
            return Problem.of(key + " must not be " + want + " in " + environment.name());
        }
        return Problem.of(key + " must be exactly '" + want + "' in " + environment.name());
    }
}
