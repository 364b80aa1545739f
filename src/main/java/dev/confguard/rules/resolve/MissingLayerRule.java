package dev.confguard.rules.resolve;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;

/** A level the workspace declares required is absent for this (service, environment). */
public final class MissingLayerRule extends IssueRule {
    private static final RuleMeta META = RuleMeta.of("resolve/missing-layer",
            "A required hierarchy level has no file for a service and environment", Severity.ERROR, Fixability.NONE);

    public MissingLayerRule() {
        super(ResolutionIssue.Kind.MISSING_REQUIRED_LAYER);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
