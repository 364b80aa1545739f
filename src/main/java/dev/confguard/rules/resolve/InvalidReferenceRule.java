package dev.confguard.rules.resolve;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;

/** A malformed reference is kept as written, which the service then reads literally. */
public final class InvalidReferenceRule extends IssueRule {
    private static final RuleMeta META = RuleMeta.of("resolve/invalid-reference",
            "A ${...} is not a reference the resolver understands and is kept as written", Severity.WARNING, Fixability.NONE);

    public InvalidReferenceRule() {
        super(ResolutionIssue.Kind.INVALID_REFERENCE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
