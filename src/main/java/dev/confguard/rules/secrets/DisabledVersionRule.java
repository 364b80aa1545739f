package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A referenced secret version (or what latest names) is disabled or destroyed. */
public final class DisabledVersionRule extends VerdictRule {
    public DisabledVersionRule() {
        super(RuleMeta.of("secrets/disabled-version", "A referenced secret version (or what latest names) is disabled or destroyed", Severity.ERROR, Fixability.NONE),
                Status.VERSION_NOT_ENABLED);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ": " + v.explanation() + "; the service cannot read it at deploy time";
    }
}
