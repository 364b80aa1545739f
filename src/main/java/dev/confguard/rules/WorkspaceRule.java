package dev.confguard.rules;

import dev.confguard.resolve.ResolvedConfig;
import java.util.List;

/**
 * A rule that needs every resolved (service, environment) of a run at once: consistency across
 * services, uniqueness across environments, and the rules of rule packs. Stateless like every rule.
 */
public interface WorkspaceRule extends Rule {
    void check(List<ResolvedConfig> all, WorkspaceContext context);
}
