package dev.confguard.rules.schema;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.rules.ResolvedConfigRule;
import dev.confguard.rules.ResolvedContext;
import dev.confguard.schema.SchemaProblem;
import dev.confguard.schema.SchemaReport;

/**
 * The schema/* rules report what validating the configuration against its service's schema found
 * (done once per configuration by the engine); each rule takes one kind of problem.
 */
public abstract class SchemaProblemRule implements ResolvedConfigRule {
    private final SchemaProblem.Kind kind;

    SchemaProblemRule(SchemaProblem.Kind kind) {
        this.kind = kind;
    }

    @Override
    public final void check(ResolvedConfig config, ResolvedContext context) {
        SchemaReport report = context.schema();
        if (report == null) {
            return;
        }
        for (SchemaProblem problem : report.problems()) {
            if (problem.kind() == kind) {
                context.report(problem.at(), problem.key(), problem.message(), problem.related(), problem.details());
            }
        }
    }
}
