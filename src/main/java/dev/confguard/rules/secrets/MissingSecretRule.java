package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A referenced secret does not exist in Secret Manager. */
public final class MissingSecretRule extends VerdictRule {
    public MissingSecretRule() {
        super(RuleMeta.of("secrets/missing-secret", "A referenced secret does not exist in Secret Manager", Severity.ERROR, Fixability.NONE),
                Status.MISSING_SECRET);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ": " + v.explanation();
    }
}
