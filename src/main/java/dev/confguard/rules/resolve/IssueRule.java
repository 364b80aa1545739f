package dev.confguard.rules.resolve;

import dev.confguard.resolve.ResolutionIssue;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.rules.ResolvedConfigRule;
import dev.confguard.rules.ResolvedContext;

/** The resolve/* rules report issues the resolver already found; each rule takes one kind. */
abstract class IssueRule implements ResolvedConfigRule {
    private final ResolutionIssue.Kind kind;

    IssueRule(ResolutionIssue.Kind kind) {
        this.kind = kind;
    }

    @Override
    public final void check(ResolvedConfig config, ResolvedContext context) {
        for (ResolutionIssue issue : config.issues()) {
            if (issue.kind() == kind) {
                context.report(issue.at(), issue.key(), issue.message(), issue.related());
            }
        }
    }
}
