package dev.confguard.rules;

import dev.confguard.resolve.ResolvedConfig;
import java.util.List;

/**
 * A rule that needs every resolved (service, environment) of a run at once: consistency across
 * services, uniqueness across environments, and the rules of rule packs. Stateless like every rule.
 */
public interface WorkspaceRule extends Rule {
    void check(List<ResolvedConfig> all, WorkspaceContext context);

    /**
     * Whether {@link #check} judges each configuration on its own, looking at no other: then the
     * engine may hand it the configurations in parts, on several threads. False unless a rule says so.
     */
    default boolean judgesEachConfigurationAlone() {
        return false;
    }
}
