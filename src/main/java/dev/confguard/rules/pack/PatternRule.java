package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import dev.confguard.workspace.Environment;

/**
 * {@code kind: pattern}: the whole value must match an RE2 pattern ({@code not: true}: must not);
 * {@code description} says in words what the pattern means, for the message.
 */
final class PatternRule extends ValueRule {
    private final Pattern pattern;
    private final String description;
    private final boolean negate;

    private PatternRule(Common common, Pattern pattern, String description, boolean negate) {
        super(common);
        this.pattern = pattern;
        this.description = description;
        this.negate = negate;
    }

    static PatternRule from(RuleSpec spec, Common common) {
        spec.requireString("pattern", "pattern");
        Pattern p = spec.regex("pattern");
        String description = spec.string("description");
        return new PatternRule(common, p == null ? Pattern.compile("") : p,
                description != null ? description : "/" + spec.string("pattern") + "/", spec.bool("not", false));
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        boolean matches = pattern.matches(value);
        if (matches != negate) {
            return null;
        }
        return Problem.of(key + (negate ? " must not be " : " must be ") + description + " in " + environment.name());
    }
}
