package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A secret reference names no project and its environment has none configured. */
public final class UnverifiableReferenceRule extends VerdictRule {
    public UnverifiableReferenceRule() {
        super(RuleMeta.of("secrets/unverifiable-reference", "A secret reference names no project and its environment has none configured", Severity.WARNING, Fixability.NONE),
                Status.NO_PROJECT);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + " but " + v.explanation() + "; set secrets.projects." + v.site().config().environment().name() + " in .confguard.yaml";
    }
}
