package dev.confguard.rules;

import dev.confguard.findings.Finding;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.source.Position;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a rule reports through: it turns text ranges into positioned findings with the configured
 * severity, so rules never deal with files, positions or output. Fixes are kept only when the run
 * wants them ({@code confguard fix}): proving a fix safe can cost a second reading of the file.
 */
public final class RuleContext {
    private final SourceFile source;
    private final RuleMeta meta;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final Set<String> knownRuleIds;
    private final boolean fixesWanted;

    public RuleContext(SourceFile source, RuleMeta meta, Severity severity, Consumer<Finding> sink,
                       Set<String> knownRuleIds) {
        this(source, meta, severity, sink, knownRuleIds, false);
    }

    public RuleContext(SourceFile source, RuleMeta meta, Severity severity, Consumer<Finding> sink,
                       Set<String> knownRuleIds, boolean fixesWanted) {
        this.source = source;
        this.meta = meta;
        this.severity = severity;
        this.sink = sink;
        this.knownRuleIds = knownRuleIds;
        this.fixesWanted = fixesWanted;
    }

    /** Whether fixes will be used; when not, a rule may skip the work of building them. */
    public boolean fixesWanted() {
        return fixesWanted;
    }

    public void report(TextRange range, String message) {
        report(range, message, null, null);
    }

    public void report(TextRange range, String message, String key) {
        report(range, message, key, null);
    }

    public void report(TextRange range, String message, String key, Fix fix) {
        if (fix != null && meta.fixability() == Fixability.NONE) {
            throw new IllegalStateException(meta.id() + " attached a fix but declares no fixability");
        }
        Position start = source.position(range.start());
        Position end = source.position(range.end());
        sink.accept(new Finding(meta.id(), severity, message, source.displayPath(), start.line(), start.column(),
                end.line(), end.column(), key, null, null, fixesWanted ? fix : null, List.of()));
    }

    /** Every rule id the registry knows, for rules that check references to rules. */
    public Set<String> knownRuleIds() {
        return knownRuleIds;
    }
}
