package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A secret reference names another environment's GCP project. */
public final class CrossEnvironmentReferenceRule extends VerdictRule {
    public CrossEnvironmentReferenceRule() {
        super(RuleMeta.of("secrets/cross-environment-reference", "A secret reference names another environment's GCP project", Severity.ERROR, Fixability.NONE),
                Status.CROSS_ENVIRONMENT);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + " in " + v.site().config().environment().name() + ": " + v.explanation();
    }
}
