package dev.confguard.rules.pack;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.workspace.Environment;
import java.util.List;

/**
 * The kinds that judge each value in scope on its own (equals, pattern, enum, min-length,
 * not-placeholder). An empty value is skipped: committed deployed files leave secrets empty, to be
 * filled at deploy time; {@code required} with {@code nonEmpty} is the rule for that. So is a Secret
 * Manager reference: its length or shape says nothing about the secret it names.
 */
abstract class ValueRule extends PackRule {
    ValueRule(Common common) {
        super(common);
    }

    /** What is wrong with the value, or null. */
    abstract Problem problem(String key, String value, Environment environment);

    /** A problem: its message (never the value itself) and, when the rule asks for it, a severity. */
    record Problem(String message, Severity severity) {
        static Problem of(String message) {
            return new Problem(message, null);
        }
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            if (Values.isUnset(v.value()) || Values.isSecretReference(v.value())) {
                continue; // filled at deploy time, or checked against the secret store, not here
            }
            Problem p = problem(key, v.value(), config.environment());
            if (p != null) {
                report(context, config, v.origin(), key, p.message(), List.of(), p.severity());
            }
        }
    }
}
