package dev.confguard.rules.pack;

import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.WorkspaceContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code kind: points-to}: in each environment, the URL in {@code from} (a key of some services) must
 * point at the host of the URL in {@code to} (a key of others): the frontend's auth URL at the auth
 * service's host. {@code compare: origin} compares scheme, host and port; {@code compare: value} the
 * whole value. The finding sits on the host inside the {@code from} value; the related location is the
 * {@code to} value.
 */
final class PointsToRule extends PackRule {
    private final Side from;
    private final Side to;
    private final String compare;

    private PointsToRule(Common common, Side from, Side to, String compare) {
        super(common);
        this.from = from;
        this.to = to;
        this.compare = compare;
    }

    static PointsToRule from(RuleSpec spec, Common common) {
        String compare = spec.string("compare");
        return new PointsToRule(common, Side.of(spec, "from", "points-to"), Side.of(spec, "to", "points-to"),
                compare == null ? "host" : compare);
    }

    @Override
    public boolean judgesEachConfigurationAlone() {
        return false;
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        java.util.Map<dev.confguard.workspace.Environment, List<ResolvedConfig>> targets = Side.byEnvironment(all, to,
                where());
        for (ResolvedConfig source : all) {
            if (!from.covers(source, where())) {
                continue;
            }
            ResolvedValue a = from.valueIn(source);
            if (a == null || Values.isUnset(a.value())) {
                continue;
            }
            for (ResolvedConfig target : targets.getOrDefault(source.environment(), List.of())) {
                if (target == source) {
                    continue;
                }
                ResolvedValue b = to.valueIn(target);
                if (b == null || Values.isUnset(b.value())) {
                    continue;
                }
                check(source, a, target, b, context);
            }
        }
    }

    private void check(ResolvedConfig source, ResolvedValue a, ResolvedConfig target, ResolvedValue b,
                       WorkspaceContext context) {
        ResourcePart hostA = firstHost(a);
        ResourcePart hostB = firstHost(b);
        String left;
        String right;
        switch (compare) {
            case "origin":
                left = Values.origin(a.value());
                right = Values.origin(b.value());
                break;
            case "value":
                left = context.fingerprint(a.value().strip());
                right = context.fingerprint(b.value().strip());
                break;
            default:
                left = hostA == null ? null : hostA.text().toLowerCase(Locale.ROOT);
                right = hostB == null ? null : hostB.text().toLowerCase(Locale.ROOT);
                break;
        }
        if (left == null || right == null || left.equals(right)) {
            return;
        }
        ValueOrigin at = hostA == null ? a.origin() : context.within(a.origin(), a.value(), hostA.start(), hostA.end());
        String shown = compare.equals("value") ? "" : " (" + (compare.equals("origin") ? left + " vs " + right
                : hostA.text() + " vs " + hostB.text()) + ")";
        reportPart(context, source, at, a.key(), hostA == null ? null : hostA.text(), a.key() + " of "
                + source.service().name() + " in " + source.environment().name() + " must point at the "
                + (compare.equals("value") ? "value" : compare) + " of " + b.key() + " of " + target.service().name()
                + shown, List.of(b.origin()), null);
    }

    private static ResourcePart firstHost(ResolvedValue v) {
        for (ResourcePart p : ResourceExtractor.extract(v.key(), v.value())) {
            if (p.kind() == ResourcePart.Kind.HOST) {
                return p;
            }
        }
        return null;
    }
}
