package dev.confguard.rules.pack;

import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import java.util.List;

/**
 * {@code kind: host}: the hosts values point at (in URLs, DSNs, {@code *_HOST} keys, {@code host:port}).
 * {@code deny} globs are hosts that must not appear (loopback in a deployed environment);
 * {@code allow} globs are the only hosts allowed among those matching {@code scope} (default: all).
 */
final class HostRule extends PackRule {
    /** As written, for messages. */
    private final List<String> allow;
    /** The globs in lower case: hosts are compared ignoring case. */
    private final List<String> lowerDeny;
    private final List<String> lowerAllow;
    private final List<String> lowerScope;

    private HostRule(Common common, List<String> deny, List<String> allow, List<String> scope) {
        super(common);
        this.allow = List.copyOf(allow);
        this.lowerDeny = Globs.lowerCase(deny);
        this.lowerAllow = Globs.lowerCase(allow);
        this.lowerScope = Globs.lowerCase(scope);
    }

    static HostRule from(RuleSpec spec, Common common) {
        List<String> deny = spec.strings("deny");
        List<String> allow = spec.strings("allow");
        if (deny.isEmpty() && allow.isEmpty()) {
            spec.fail(spec.pointer(), "a host rule needs 'deny' or 'allow' (host globs)");
        }
        return new HostRule(common, deny, allow, spec.strings("scope"));
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            if (Values.isUnset(v.value())) {
                continue;
            }
            for (ResourcePart part : ResourceExtractor.extract(key, v.value())) {
                if (part.kind() != ResourcePart.Kind.HOST) {
                    continue;
                }
                String host = part.text();
                String problem = null;
                if (Globs.anyLowerCase(lowerDeny, host)) {
                    problem = key + " points at " + host + " in " + config.environment().name()
                            + (config.environment().deployed() ? ", a deployed environment" : "");
                } else if (!allow.isEmpty() && (lowerScope.isEmpty() || Globs.anyLowerCase(lowerScope, host))
                        && !Globs.anyLowerCase(lowerAllow, host)) {
                    problem = key + " points at " + host + " in " + config.environment().name() + "; expected "
                            + String.join(" or ", allow);
                }
                if (problem != null) {
                    reportPart(context, config, context.within(v.origin(), v.value(), part.start(), part.end()), key,
                            host, problem, List.of(), null);
                    break;
                }
            }
        }
    }
}
