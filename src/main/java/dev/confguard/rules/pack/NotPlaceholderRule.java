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

    /**
     * Every pattern in one alternation: one linear RE2 pass per value instead of one per pattern, which
     * stops where no pattern can go on ({@link Patterns#wholeOf}).
     */
    private final Pattern any;

    private NotPlaceholderRule(Common common, List<String> patterns) {
        super(common);
        this.any = Patterns.wholeOf(patterns);
    }

    static NotPlaceholderRule from(RuleSpec spec, Common common) {
        List<String> given = spec.strings("patterns");
        if (given.isEmpty()) {
            return new NotPlaceholderRule(common, DEFAULT_PATTERNS);
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (spec.regex(given.get(i), spec.pointerOf("patterns") + "/" + i) != null) {
                valid.add(given.get(i));
            }
        }
        return new NotPlaceholderRule(common, valid);
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        if (any == null || !any.matches(value.strip())) {
            return null;
        }
        return Problem.of(key + " holds a placeholder in " + environment.name()
                + " (a value left from a template, not a real one)");
    }
}
