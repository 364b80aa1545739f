package dev.confguard.rules.yaml;

import dev.confguard.rules.RuleContext;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigProblem;

/** The yaml rules report problems the config parser already found; this is the shared loop. */
final class ProblemRules {
    private ProblemRules() {
    }

    static void report(ConfigDocument document, RuleContext context, ConfigProblem.Kind... kinds) {
        for (ConfigProblem problem : document.problems()) {
            for (ConfigProblem.Kind kind : kinds) {
                if (problem.kind() == kind) {
                    context.report(problem.range(), problem.message());
                }
            }
        }
    }
}
