package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A referenced secret version does not exist. */
public final class MissingVersionRule extends VerdictRule {
    public MissingVersionRule() {
        super(RuleMeta.of("secrets/missing-version", "A referenced secret version does not exist", Severity.ERROR, Fixability.NONE),
                Status.MISSING_VERSION);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ": " + v.explanation();
    }
}
