package dev.confguard.rules.resolve;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;

/** A reference to nothing expands to an empty string without a word. */
public final class UndefinedVariableRule extends IssueRule {
    private static final RuleMeta META = RuleMeta.of("resolve/undefined-variable",
            "A ${VAR} reference names a key no layer sets and has no default", Severity.ERROR, Fixability.NONE);

    public UndefinedVariableRule() {
        super(ResolutionIssue.Kind.UNDEFINED_VARIABLE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
