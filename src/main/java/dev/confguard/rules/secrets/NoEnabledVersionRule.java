package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A referenced secret has no enabled version at all. */
public final class NoEnabledVersionRule extends VerdictRule {
    public NoEnabledVersionRule() {
        super(RuleMeta.of("secrets/no-enabled-version", "A referenced secret has no enabled version at all", Severity.ERROR, Fixability.NONE),
                Status.NO_ENABLED_VERSION);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ": " + v.explanation();
    }
}
