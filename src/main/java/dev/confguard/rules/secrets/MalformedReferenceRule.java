package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A secret reference is not valid in its form. */
public final class MalformedReferenceRule extends VerdictRule {
    public MalformedReferenceRule() {
        super(RuleMeta.of("secrets/malformed-reference", "A secret reference is not valid in its form", Severity.ERROR, Fixability.NONE),
                Status.MALFORMED);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ", which is not a valid reference: " + v.explanation();
    }
}
