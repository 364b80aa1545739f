package dev.confguard.rules;

import dev.confguard.resolve.ResolvedConfig;

/** A rule that looks at the resolved configuration of one (service, environment). */
public interface ResolvedConfigRule extends Rule {
    void check(ResolvedConfig config, ResolvedContext context);
}
