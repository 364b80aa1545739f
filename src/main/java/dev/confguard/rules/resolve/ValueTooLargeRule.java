package dev.confguard.rules.resolve;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;

/** Guards against references that expand exponentially. */
public final class ValueTooLargeRule extends IssueRule {
    private static final RuleMeta META = RuleMeta.of("resolve/value-too-large",
            "A value would expand past 1 MiB (nested references doubling up)", Severity.ERROR, Fixability.NONE);

    public ValueTooLargeRule() {
        super(ResolutionIssue.Kind.VALUE_TOO_LARGE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
