package dev.confguard.rules.secrets;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;

/** A secret reference names different secrets to different readers. */
public final class AmbiguousReferenceRule extends VerdictRule {
    public AmbiguousReferenceRule() {
        super(RuleMeta.of("secrets/ambiguous-reference", "A secret reference names different secrets to different readers", Severity.ERROR, Fixability.NONE),
                Status.AMBIGUOUS);
    }

    @Override
    String message(Verdict v) {
        return refers(v) + ", which readers take differently: " + v.explanation() + "; write the full form projects/PROJECT/secrets/SECRET/versions/VERSION";
    }
}
