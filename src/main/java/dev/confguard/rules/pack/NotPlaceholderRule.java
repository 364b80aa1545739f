package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: not-placeholder}: the value must not be a placeholder left from a template. Without
 * {@code patterns}, the common shapes: changeme, REPLACE_WITH_…, your-…, {@code <…>}, xxx, TODO.
 */
final class NotPlaceholderRule extends ValueRule {
    static final List<String> DEFAULT_PATTERNS = List.of(
            "(?i)change[-_ ]?me([-_ .].*)?", "(?i)replace[-_ ]?(with|me)([-_ ].*)?", "(?i)your[-_].*", "<[^<>]*>",
            "(?i)x{3,}", "(?i)(todo|tbd|fixme)([-_ :].*)?", "(?i)placeholder");

    private final List<Pattern> patterns;

    private NotPlaceholderRule(Common common, List<Pattern> patterns) {
        super(common);
        this.patterns = List.copyOf(patterns);
    }

    static NotPlaceholderRule from(RuleSpec spec, Common common) {
        List<Pattern> out = new ArrayList<>();
        List<String> given = spec.strings("patterns");
        if (given.isEmpty()) {
            DEFAULT_PATTERNS.forEach(p -> out.add(Pattern.compile(p)));
        } else {
            for (int i = 0; i < given.size(); i++) {
                Pattern p = spec.regex(given.get(i), spec.pointerOf("patterns") + "/" + i);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return new NotPlaceholderRule(common, out);
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        String v = value.strip();
        for (Pattern p : patterns) {
            if (p.matches(v)) {
                return Problem.of(key + " holds a placeholder in " + environment.name()
                        + " (a value left from a template, not a real one)");
            }
        }
        return null;
    }
}
