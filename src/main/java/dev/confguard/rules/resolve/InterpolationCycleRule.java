package dev.confguard.rules.resolve;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;

/** Keys that reference each other can never be expanded; the chain is in the message. */
public final class InterpolationCycleRule extends IssueRule {
    private static final RuleMeta META = RuleMeta.of("resolve/interpolation-cycle",
            "Values refer to each other in a cycle (A → B → A)", Severity.ERROR, Fixability.NONE);

    public InterpolationCycleRule() {
        super(ResolutionIssue.Kind.INTERPOLATION_CYCLE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
